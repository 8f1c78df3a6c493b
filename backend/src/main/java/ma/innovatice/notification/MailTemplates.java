package ma.innovatice.notification;

import ma.innovatice.award.ForumLine;

import ma.innovatice.account.Language;
import ma.innovatice.common.time.ClockProducer;
import ma.innovatice.notification.Letter.Rendered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The text of every email, in French, Arabic and English. Times are shown in Africa/Casablanca. */
final class MailTemplates {

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter AR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm",
            Locale.forLanguageTag("ar-MA"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter AR_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("ar-MA"));
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private MailTemplates() {
    }

    /** An instant as people in Morocco read it, with the zone named. */
    static String when(Language language, Instant instant) {
        var local = instant.atZone(ClockProducer.MOROCCO);
        return switch (language) {
            case FR -> FR.format(local) + " (heure du Maroc)";
            case AR -> AR.format(local) + " (بتوقيت المغرب)";
            case EN -> EN.format(local) + " (Morocco time)";
        };
    }

    /** A calendar day (already Morocco's), in words. */
    static String day(Language language, LocalDate date) {
        return switch (language) {
            case FR -> FR_DAY.format(date);
            case AR -> AR_DAY.format(date);
            case EN -> EN_DAY.format(date);
        };
    }

    static Rendered welcome(Language l, String firstName, String loginUrl) {
        return switch (l) {
            case FR -> Letter.of(l, "Bienvenue sur InnovaTICE")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Votre compte enseignant InnovaTICE est créé. Vous pouvez préparer votre projet et "
                            + "le soumettre au concours « Enseignants Innovants » tant que l'appel est ouvert.")
                    .link("Se connecter", loginUrl)
                    .footer("Vous recevez ce message parce qu'un compte a été créé avec cette adresse.").render();
            case AR -> Letter.of(l, "مرحبا بكم في InnovaTICE")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("تم إنشاء حسابكم كأستاذ(ة) على منصة InnovaTICE. يمكنكم إعداد مشروعكم وتقديمه لمسابقة "
                            + "«الأساتذة المبدعون» ما دام باب الترشيح مفتوحا.")
                    .link("تسجيل الدخول", loginUrl)
                    .footer("تتوصلون بهذه الرسالة لأن حسابا أنشئ بهذا العنوان.").render();
            case EN -> Letter.of(l, "Welcome to InnovaTICE")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Your InnovaTICE teacher account is ready. You can prepare your project and submit it "
                            + "to the \"Enseignants Innovants\" competition while the call is open.")
                    .link("Sign in", loginUrl)
                    .footer("You receive this message because an account was created with this address.").render();
        };
    }

    static Rendered invitation(Language l, String firstName, boolean juror, String link, Instant expiresAt) {
        return switch (l) {
            case FR -> Letter.of(l, "Votre compte InnovaTICE : choisissez votre mot de passe")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph(juror ? "Un administrateur vous a créé un compte de membre du jury du concours "
                            + "« Enseignants Innovants »." : "Un administrateur vous a créé un compte d'administrateur "
                            + "de la plateforme InnovaTICE.")
                    .paragraph("Choisissez votre mot de passe avec le lien ci-dessous, valable jusqu'au "
                            + when(l, expiresAt) + " et utilisable une seule fois.")
                    .link("Choisir mon mot de passe", link)
                    .footer("Si vous n'attendiez pas ce message, ignorez-le.").render();
            case AR -> Letter.of(l, "حسابكم على InnovaTICE: اختاروا كلمة المرور")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph(juror ? "أنشأ لكم أحد المسؤولين حسابا كعضو(ة) في لجنة تحكيم مسابقة «الأساتذة المبدعون»."
                            : "أنشأ لكم أحد المسؤولين حساب مسؤول على منصة InnovaTICE.")
                    .paragraph("اختاروا كلمة المرور عبر الرابط أسفله، وهو صالح لمرة واحدة إلى غاية " + when(l, expiresAt) + ".")
                    .link("اختيار كلمة المرور", link)
                    .footer("إذا لم تكونوا تنتظرون هذه الرسالة، يرجى تجاهلها.").render();
            case EN -> Letter.of(l, "Your InnovaTICE account: choose your password")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph(juror ? "An administrator created a jury member account for you for the "
                            + "\"Enseignants Innovants\" competition." : "An administrator created an administrator "
                            + "account for you on the InnovaTICE platform.")
                    .paragraph("Choose your password with the link below; it works once, until " + when(l, expiresAt) + ".")
                    .link("Choose my password", link)
                    .footer("If you did not expect this message, ignore it.").render();
        };
    }

    static Rendered emailConfirmation(Language l, String firstName, String link, Instant expiresAt) {
        return switch (l) {
            case FR -> Letter.of(l, "Confirmez votre adresse pour InnovaTICE")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Bienvenue sur InnovaTICE ! Pour terminer la création de votre compte enseignant, "
                            + "confirmez votre adresse avec le lien ci-dessous, valable jusqu'au " + when(l, expiresAt)
                            + " et utilisable une seule fois. Vous serez alors connecté(e), avec le mot de passe "
                            + "choisi à l'inscription.")
                    .link("Confirmer mon adresse", link)
                    .footer("Si vous ne vous êtes pas inscrit(e) sur InnovaTICE, ignorez ce message : aucun compte "
                            + "ne sera activé.").render();
            case AR -> Letter.of(l, "أكدوا عنوانكم على InnovaTICE")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("مرحبا بكم في InnovaTICE! لإتمام إنشاء حسابكم كأستاذ(ة)، أكدوا عنوانكم عبر الرابط أسفله، "
                            + "وهو صالح لمرة واحدة إلى غاية " + when(l, expiresAt)
                            + ". سيتم بعدها تسجيل دخولكم بكلمة المرور التي اخترتموها عند التسجيل.")
                    .link("تأكيد عنواني", link)
                    .footer("إذا لم تسجلوا في InnovaTICE، تجاهلوا هذه الرسالة: لن يتم تفعيل أي حساب.").render();
            case EN -> Letter.of(l, "Confirm your address for InnovaTICE")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Welcome to InnovaTICE! To finish creating your teacher account, confirm your address "
                            + "with the link below; it works once, until " + when(l, expiresAt) + ". You will then be "
                            + "signed in, with the password you chose when registering.")
                    .link("Confirm my address", link)
                    .footer("If you did not register on InnovaTICE, ignore this message: no account will be activated.")
                    .render();
        };
    }

    static Rendered registrationAttempt(Language l, String firstName, String loginUrl, String forgotUrl) {
        return switch (l) {
            case FR -> Letter.of(l, "Tentative d'inscription avec votre adresse InnovaTICE")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Quelqu'un (peut-être vous) a essayé de créer un compte InnovaTICE avec votre adresse, "
                            + "qui a déjà un compte. Aucun nouveau compte n'a été créé et le vôtre n'a pas changé.")
                    .paragraph("Pour entrer dans votre compte, connectez-vous ; si vous avez oublié votre mot de passe, "
                            + "demandez-en un nouveau : " + forgotUrl)
                    .link("Se connecter", loginUrl)
                    .footer("Si ce n'était pas vous, ignorez ce message.").render();
            case AR -> Letter.of(l, "محاولة تسجيل بعنوانكم على InnovaTICE")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("حاول شخص ما (ربما أنتم) إنشاء حساب على InnovaTICE بعنوانكم، وهو مرتبط بحساب موجود. "
                            + "لم يتم إنشاء أي حساب جديد ولم يتغير حسابكم.")
                    .paragraph("للدخول إلى حسابكم، سجلوا الدخول؛ وإذا نسيتم كلمة المرور، اطلبوا كلمة جديدة: " + forgotUrl)
                    .link("تسجيل الدخول", loginUrl)
                    .footer("إذا لم تكونوا أنتم، تجاهلوا هذه الرسالة.").render();
            case EN -> Letter.of(l, "Someone tried to register with your InnovaTICE address")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Someone (perhaps you) tried to create an InnovaTICE account with your address, which "
                            + "already has one. No new account was created and yours has not changed.")
                    .paragraph("To enter your account, sign in; if you forgot your password, ask for a new one: "
                            + forgotUrl)
                    .link("Sign in", loginUrl)
                    .footer("If this was not you, ignore this message.").render();
        };
    }

    static Rendered passwordReset(Language l, String firstName, String link, Instant expiresAt) {
        return switch (l) {
            case FR -> Letter.of(l, "Réinitialisation de votre mot de passe InnovaTICE")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Quelqu'un (sans doute vous) a demandé à changer le mot de passe de votre compte. "
                            + "Le lien ci-dessous est valable jusqu'au " + when(l, expiresAt) + ", une seule fois.")
                    .link("Choisir un nouveau mot de passe", link)
                    .footer("Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.").render();
            case AR -> Letter.of(l, "إعادة تعيين كلمة المرور على InnovaTICE")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("طلب شخص ما (أنتم على الأرجح) تغيير كلمة مرور حسابكم. الرابط أسفله صالح لمرة واحدة إلى غاية "
                            + when(l, expiresAt) + ".")
                    .link("اختيار كلمة مرور جديدة", link)
                    .footer("إذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: كلمة مروركم لن تتغير.").render();
            case EN -> Letter.of(l, "Resetting your InnovaTICE password")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Someone (probably you) asked to change the password of your account. The link below "
                            + "works once, until " + when(l, expiresAt) + ".")
                    .link("Choose a new password", link)
                    .footer("If you did not ask for this, ignore this message: your password stays the same.").render();
        };
    }

    static Rendered submissionReceived(Language l, String firstName, String edition, String title, String summary,
                                       Instant closeAt, String link) {
        String text = summary == null ? "" : summary;
        return switch (l) {
            case FR -> Letter.of(l, "Projet reçu : " + title)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Nous avons bien reçu votre projet pour « " + edition + " » :")
                    .quote(title).paragraph(text)
                    .paragraph("Vous pouvez encore le modifier ou le retirer jusqu'à la clôture de l'appel, le "
                            + when(l, closeAt) + ".")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "تم استلام مشروعكم: " + title)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("توصلنا بمشروعكم المقدم في إطار «" + edition + "»:")
                    .quote(title).paragraph(text)
                    .paragraph("يمكنكم تعديله أو سحبه إلى غاية إغلاق باب الترشيح يوم " + when(l, closeAt) + ".")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project received: " + title)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("We have received your project for \"" + edition + "\":")
                    .quote(title).paragraph(text)
                    .paragraph("You can still change or withdraw it until the call closes on " + when(l, closeAt) + ".")
                    .link("See my project", link).render();
        };
    }

    static Rendered submissionWithdrawn(Language l, String firstName, String edition, String title, Instant closeAt,
                                        String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projet retiré : " + title)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Votre projet a été retiré du concours « " + edition + " » :")
                    .quote(title)
                    .paragraph("Il ne sera pas évalué. Vous pouvez le soumettre à nouveau avant le " + when(l, closeAt) + ".")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "تم سحب المشروع: " + title)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("تم سحب مشروعكم من مسابقة «" + edition + "»:")
                    .quote(title)
                    .paragraph("لن يتم تقييمه. يمكنكم تقديمه من جديد قبل " + when(l, closeAt) + ".")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project withdrawn: " + title)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Your project was withdrawn from \"" + edition + "\":")
                    .quote(title)
                    .paragraph("It will not be evaluated. You can submit it again before " + when(l, closeAt) + ".")
                    .link("See my project", link).render();
        };
    }

    static Rendered submissionIneligible(Language l, String firstName, String edition, String title, String reason,
                                         String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projet non recevable : " + title)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("L'examen de recevabilité de votre projet présenté au concours « " + edition
                            + " » a conclu qu'il ne remplit pas les conditions de participation :")
                    .quote(title)
                    .paragraph("Motif : " + reason)
                    .paragraph("Il ne sera donc pas évalué par le jury.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "مشروع غير مقبول: " + title)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("خلصت دراسة أهلية مشروعكم المقدم في مسابقة «" + edition + "» إلى أنه لا يستوفي شروط المشاركة:")
                    .quote(title)
                    .paragraph("السبب: " + reason)
                    .paragraph("لذلك لن يتم تقييمه من طرف لجنة التحكيم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project not eligible: " + title)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("The eligibility screening of your project for \"" + edition
                            + "\" found that it does not meet the conditions of entry:")
                    .quote(title)
                    .paragraph("Reason: " + reason)
                    .paragraph("It will therefore not be evaluated by the jury.")
                    .link("See my project", link).render();
        };
    }

    static Rendered callClosing(Language l, String firstName, String edition, String title, Instant closeAt, String link,
                                String profile) {
        return switch (l) {
            case FR -> Letter.of(l, "Rappel : l'appel à projets ferme le " + when(l, closeAt))
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Votre projet pour « " + edition + " » est encore un brouillon :")
                    .quote(title)
                    .paragraph("Pour qu'il soit évalué, soumettez-le avant le " + when(l, closeAt) + ".")
                    .link("Terminer mon projet", link)
                    .footer("Vous pouvez désactiver ces rappels dans votre profil : " + profile).render();
            case AR -> Letter.of(l, "تذكير: يغلق باب الترشيح يوم " + when(l, closeAt))
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("مشروعكم في إطار «" + edition + "» ما زال مسودة:")
                    .quote(title)
                    .paragraph("لكي يتم تقييمه، قدموه قبل " + when(l, closeAt) + ".")
                    .link("إتمام مشروعي", link)
                    .footer("يمكنكم إيقاف هذه التذكيرات من صفحة حسابكم: " + profile).render();
            case EN -> Letter.of(l, "Reminder: the call for projects closes on " + when(l, closeAt))
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("Your project for \"" + edition + "\" is still a draft:")
                    .quote(title)
                    .paragraph("To have it evaluated, submit it before " + when(l, closeAt) + ".")
                    .link("Finish my project", link)
                    .footer("You can turn these reminders off in your profile: " + profile).render();
        };
    }

    /** The call closed before its published deadline while the teacher's project was still a draft. */
    static Rendered callClosedEarly(Language l, String firstName, String edition, String title, Instant closedAt,
                                    Instant publishedClose, String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Appel à projets clos : " + edition)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("L'appel à projets « " + edition + " » a été clos le " + when(l, closedAt)
                            + ", avant la date annoncée (" + when(l, publishedClose) + ").")
                    .paragraph("Votre projet était encore un brouillon :")
                    .quote(title)
                    .paragraph("Il n'a pas été soumis et ne sera pas évalué. Il reste consultable dans votre espace.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "أغلق باب الترشيح: " + edition)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("أغلق باب الترشيح في إطار «" + edition + "» يوم " + when(l, closedAt)
                            + "، قبل الموعد المعلن (" + when(l, publishedClose) + ").")
                    .paragraph("كان مشروعكم ما زال مسودة:")
                    .quote(title)
                    .paragraph("لم يتم تقديمه ولن يتم تقييمه. يمكنكم الاطلاع عليه في فضائكم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Call for projects closed: " + edition)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("The call for projects \"" + edition + "\" was closed on " + when(l, closedAt)
                            + ", before the announced date (" + when(l, publishedClose) + ").")
                    .paragraph("Your project was still a draft:")
                    .quote(title)
                    .paragraph("It was not submitted and will not be evaluated. You can still read it in your space.")
                    .link("See my project", link).render();
        };
    }

    /**
     * A round's shortlist is confirmed: the author learns whether her project goes on to the next
     * round (named), or that its way ends here; never a score.
     */
    static Rendered roundOutcome(Language l, String firstName, String edition, String title, String round,
                                 String nextRound, boolean advances, String link) {
        return switch (l) {
            case FR -> Letter.of(l, advances ? "Votre projet passe au tour suivant : " + nextRound
                            : "Résultat du tour « " + round + " »")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Le jury du tour « " + round + " » de « " + edition + " » a arrêté sa sélection. "
                            + "Votre projet :")
                    .quote(title)
                    .paragraph(advances ? "est retenu pour le tour suivant, « " + nextRound + " ». La suite vous sera "
                            + "communiquée par courriel et dans votre espace."
                            : "n'est pas retenu pour le tour suivant. Merci pour votre participation : votre projet "
                            + "reste consultable dans votre espace.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, advances ? "تأهل مشروعكم إلى الدور الموالي: " + nextRound
                            : "نتيجة دور «" + round + "»")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("حددت لجنة دور «" + round + "» في إطار «" + edition + "» اختيارها. مشروعكم:")
                    .quote(title)
                    .paragraph(advances ? "تأهل إلى الدور الموالي، «" + nextRound + "». ستتوصلون بالمستجدات عبر البريد "
                            + "الإلكتروني وفي فضائكم."
                            : "لم يتأهل إلى الدور الموالي. شكرا على مشاركتكم، يبقى مشروعكم متاحا في فضائكم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, advances ? "Your project goes on to the next round: " + nextRound
                            : "Outcome of the round \"" + round + "\"")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("The jury of the round \"" + round + "\" of \"" + edition + "\" has made its "
                            + "selection. Your project:")
                    .quote(title)
                    .paragraph(advances ? "goes on to the next round, \"" + nextRound + "\". You will hear what comes "
                            + "next by email and in your space."
                            : "does not go on to the next round. Thank you for taking part: your project stays in your "
                            + "space.")
                    .link("See my project", link).render();
        };
    }

    /** The evaluation deadline moved later: the juror learns the new one and the one it replaces. */
    static Rendered evaluationDeadlineExtended(Language l, String firstName, String edition, Instant deadline,
                                               Instant previous, String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Évaluations prolongées jusqu'au " + when(l, deadline))
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("La date limite des évaluations de « " + edition + " » est reportée au "
                            + when(l, deadline) + " (au lieu du " + when(l, previous) + ").")
                    .paragraph("Vos évaluations soumises restent acquises ; vous pouvez terminer les autres d'ici là.")
                    .link("Ouvrir mon espace jury", link).render();
            case AR -> Letter.of(l, "تمديد فترة التقييم إلى غاية " + when(l, deadline))
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("تم تأجيل آخر أجل للتقييمات في إطار «" + edition + "» إلى " + when(l, deadline)
                            + " (بدلا من " + when(l, previous) + ").")
                    .paragraph("تقييماتكم المقدمة تبقى محفوظة؛ ويمكنكم إتمام الباقي قبل هذا الأجل.")
                    .link("فتح فضاء لجنة التحكيم", link).render();
            case EN -> Letter.of(l, "Evaluations extended until " + when(l, deadline))
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("The evaluation deadline of \"" + edition + "\" moves to " + when(l, deadline)
                            + " (instead of " + when(l, previous) + ").")
                    .paragraph("Your submitted evaluations stand; you can finish the others until then.")
                    .link("Open my jury space", link).render();
        };
    }

    static Rendered juryAssigned(Language l, String firstName, String edition, long assigned, Instant evaluationCloseAt,
                                 String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projets à évaluer : " + edition)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Vous avez désormais " + assigned + " projet(s) à évaluer pour « " + edition + " ».")
                    .paragraph("Les évaluations se terminent le " + when(l, evaluationCloseAt) + ".")
                    .link("Ouvrir mon espace jury", link).render();
            case AR -> Letter.of(l, "مشاريع للتقييم: " + edition)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("أصبح لديكم " + assigned + " مشروع(مشاريع) للتقييم في إطار «" + edition + "».")
                    .paragraph("تنتهي فترة التقييم يوم " + when(l, evaluationCloseAt) + ".")
                    .link("فتح فضاء لجنة التحكيم", link).render();
            case EN -> Letter.of(l, "Projects to evaluate: " + edition)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("You now have " + assigned + " project(s) to evaluate for \"" + edition + "\".")
                    .paragraph("Evaluations close on " + when(l, evaluationCloseAt) + ".")
                    .link("Open my jury space", link).render();
        };
    }

    static Rendered conflictDeclared(Language l, String firstName, String edition, String project, String juror,
                                     String reason, long jurorsLeft, int jurorsPerProject, String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Conflit d'intérêts déclaré : " + project)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph(juror + " a déclaré un conflit d'intérêts avec le projet « " + project + " » (« " + edition
                            + " ») et n'en est plus juré·e.")
                    .paragraph("Motif : " + reason)
                    .paragraph("Le projet a maintenant " + jurorsLeft + " juré(s) sur les " + jurorsPerProject
                            + " prévus ; vous pouvez lui ajouter un juré depuis l'affectation.")
                    .link("Ouvrir l'affectation des jurés", link).render();
            case AR -> Letter.of(l, "تصريح بتضارب المصالح: " + project)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("صرّح(ت) " + juror + " بتضارب في المصالح مع المشروع «" + project + "» («" + edition
                            + "») ولم يعد(تعد) عضوا في لجنة تحكيمه.")
                    .paragraph("السبب: " + reason)
                    .paragraph("أصبح للمشروع " + jurorsLeft + " محكّم(ين) من أصل " + jurorsPerProject
                            + " مقرّرين؛ يمكنكم إضافة محكّم له من صفحة التعيين.")
                    .link("فتح صفحة تعيين المحكّمين", link).render();
            case EN -> Letter.of(l, "Conflict of interest declared: " + project)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph(juror + " declared a conflict of interest with the project \"" + project + "\" (\"" + edition
                            + "\") and no longer judges it.")
                    .paragraph("Reason: " + reason)
                    .paragraph("The project now has " + jurorsLeft + " of the " + jurorsPerProject
                            + " jurors required; you can add a juror from the assignment page.")
                    .link("Open the jury assignment", link).render();
        };
    }

    static Rendered evaluationReminder(Language l, String firstName, String edition, long pending,
                                       Instant evaluationCloseAt, String link, String profile) {
        return switch (l) {
            case FR -> Letter.of(l, "Rappel : " + pending + " évaluation(s) à terminer")
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Il vous reste " + pending + " évaluation(s) à soumettre pour « " + edition
                            + " » avant le " + when(l, evaluationCloseAt) + ".")
                    .link("Ouvrir mon espace jury", link)
                    .footer("Vous pouvez désactiver ces rappels dans votre profil : " + profile).render();
            case AR -> Letter.of(l, "تذكير: " + pending + " تقييم(ات) في انتظار الإتمام")
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("ما زال عليكم تقديم " + pending + " تقييم(ات) في إطار «" + edition + "» قبل "
                            + when(l, evaluationCloseAt) + ".")
                    .link("فتح فضاء لجنة التحكيم", link)
                    .footer("يمكنكم إيقاف هذه التذكيرات من صفحة حسابكم: " + profile).render();
            case EN -> Letter.of(l, "Reminder: " + pending + " evaluation(s) to finish")
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("You still have " + pending + " evaluation(s) to submit for \"" + edition + "\" before "
                            + when(l, evaluationCloseAt) + ".")
                    .link("Open my jury space", link)
                    .footer("You can turn these reminders off in your profile: " + profile).render();
        };
    }

    /**
     * What an edition tells its laureates beside their outcome: the award ceremony and the international
     * forum where the winner represents Morocco. Each part may be absent; the ceremony date is already a
     * calendar date in Morocco (Africa/Casablanca).
     */
    record Occasion(LocalDate ceremonyDate, String ceremonyVenue, String forumName, String forumCity,
                    Integer forumYear, LocalDate forumStartsOn, LocalDate forumEndsOn, List<String> companions) {

        Occasion(LocalDate ceremonyDate, String ceremonyVenue, String forumName, String forumCity, Integer forumYear) {
            this(ceremonyDate, ceremonyVenue, forumName, forumCity, forumYear, null, null, List.of());
        }

        ForumLine forumLine() {
            return new ForumLine(forumName, forumCity, forumYear, forumStartsOn, forumEndsOn);
        }
    }

    /**
     * {@code outcome}: the certificate's kind, WINNER, LAUREATE, SPECIAL_MENTION or PARTICIPATION. A
     * distinction also gives the ceremony's date and venue the edition has; the winner's, the forum.
     */
    static Rendered results(Language l, String firstName, String edition, String title, String outcome,
                            Occasion occasion, String link) {
        return results(l, firstName, edition, title, outcome, occasion, false, link);
    }

    /** As above; {@code companion}: the project joins the winner in the delegation to the forum. */
    static Rendered results(Language l, String firstName, String edition, String title, String outcome,
                            Occasion occasion, boolean companion, String link) {
        boolean distinction = !"PARTICIPATION".equals(outcome);
        String ceremony = distinction ? ceremony(l, occasion) : null;
        String forum = "WINNER".equals(outcome) ? forum(l, occasion)
                : companion && distinction ? companionForum(l, occasion) : null;
        return switch (l) {
            case FR -> Letter.of(l, "Résultats publiés : " + edition)
                    .paragraph("Bonjour " + firstName + ",")
                    .paragraph("Les résultats de « " + edition + " » sont publiés. Votre projet :")
                    .quote(title)
                    .paragraph(switch (outcome) {
                        case "WINNER" -> "Félicitations : votre projet est le lauréat national de l'édition !";
                        case "LAUREATE" -> "Félicitations : votre projet fait partie des lauréats.";
                        case "SPECIAL_MENTION" -> "Félicitations : votre projet reçoit une mention spéciale du jury.";
                        default -> "Votre projet n'a pas été retenu parmi les lauréats. Merci de votre participation.";
                    })
                    .paragraph(forum)
                    .paragraph(ceremony)
                    .paragraph("Le retour du jury et votre attestation sont dans votre espace.")
                    .link("Voir mon résultat", link).render();
            case AR -> Letter.of(l, "تم نشر النتائج: " + edition)
                    .paragraph("مرحبا " + firstName + "،")
                    .paragraph("تم نشر نتائج «" + edition + "». مشروعكم:")
                    .quote(title)
                    .paragraph(switch (outcome) {
                        case "WINNER" -> "تهانينا: مشروعكم هو الفائز الوطني في هذه الدورة!";
                        case "LAUREATE" -> "تهانينا: مشروعكم من بين المشاريع المتوجة.";
                        case "SPECIAL_MENTION" -> "تهانينا: حصل مشروعكم على تنويه خاص من لجنة التحكيم.";
                        default -> "لم يتم اختيار مشروعكم ضمن المتوجين. شكرا على مشاركتكم.";
                    })
                    .paragraph(forum)
                    .paragraph(ceremony)
                    .paragraph("ملاحظات لجنة التحكيم وشهادتكم متوفرة في فضائكم.")
                    .link("الاطلاع على نتيجتي", link).render();
            case EN -> Letter.of(l, "Results published: " + edition)
                    .paragraph("Hello " + firstName + ",")
                    .paragraph("The results of \"" + edition + "\" are published. Your project:")
                    .quote(title)
                    .paragraph(switch (outcome) {
                        case "WINNER" -> "Congratulations: your project is the national winner of the edition!";
                        case "LAUREATE" -> "Congratulations: your project is among the laureates.";
                        case "SPECIAL_MENTION" -> "Congratulations: your project receives a special mention from the jury.";
                        default -> "Your project was not retained among the laureates. Thank you for taking part.";
                    })
                    .paragraph(forum)
                    .paragraph(ceremony)
                    .paragraph("The jury's feedback and your certificate are in your space.")
                    .link("See my result", link).render();
        };
    }

    /** The ceremony's date and venue, as far as the edition gives them; null when it gives neither. */
    static String ceremony(Language l, Occasion occasion) {
        String venue = occasion.ceremonyVenue() == null || occasion.ceremonyVenue().isBlank() ? null
                : occasion.ceremonyVenue().strip();
        if (occasion.ceremonyDate() == null && venue == null) {
            return null;
        }
        String date = occasion.ceremonyDate() == null ? null : day(l, occasion.ceremonyDate());
        String separator = l == Language.AR ? "، " : ", ";
        String what = date == null ? venue : venue == null ? date : date + separator + venue;
        return switch (l) {
            case FR -> "Cérémonie de remise des prix : " + what + ".";
            case AR -> "حفل تسليم الجوائز: " + what + ".";
            case EN -> "Award ceremony: " + what + ".";
        };
    }

    /** The forum where the winner represents Morocco, as far as the edition names one; null otherwise. */
    static String forum(Language l, Occasion occasion) {
        if (occasion.forumName() == null || occasion.forumName().isBlank()) {
            return null;
        }
        String where = forumWhere(l, occasion);
        String name = occasion.forumName().strip();
        List<String> companions = occasion.companions() == null ? List.of() : occasion.companions();
        String with = companions.isEmpty() ? "" : switch (l) {
            case FR -> " Vous y serez accompagné(e) par : " + String.join(" ; ", companions) + ".";
            case AR -> " يرافقكم في الوفد: " + String.join("؛ ", companions) + ".";
            case EN -> " You will be accompanied by: " + String.join("; ", companions) + ".";
        };
        return switch (l) {
            case FR -> "En tant que grand gagnant, vous représentez le Maroc au forum international « " + name + " »"
                    + (where.isEmpty() ? "" : " (" + where + ")") + "." + with;
            case AR -> "بصفتكم الفائز الأول، تمثلون المغرب في المنتدى الدولي «" + name + "»"
                    + (where.isEmpty() ? "" : " (" + where + ")") + "." + with;
            case EN -> "As the winner, you represent Morocco at the international forum \"" + name + "\""
                    + (where.isEmpty() ? "" : " (" + where + ")") + "." + with;
        };
    }

    /** A companion's sentence: the project joins the delegation to the forum; null without a forum. */
    static String companionForum(Language l, Occasion occasion) {
        if (occasion.forumName() == null || occasion.forumName().isBlank()) {
            return null;
        }
        String where = forumWhere(l, occasion);
        String name = occasion.forumName().strip();
        return switch (l) {
            case FR -> "Votre projet rejoint la délégation qui représente le Maroc, avec le grand gagnant, au forum "
                    + "international « " + name + " »" + (where.isEmpty() ? "" : " (" + where + ")") + ".";
            case AR -> "ينضم مشروعكم إلى الوفد الذي يمثل المغرب، رفقة الفائز الأول، في المنتدى الدولي «" + name + "»"
                    + (where.isEmpty() ? "" : " (" + where + ")") + ".";
            case EN -> "Your project joins the delegation that represents Morocco, with the winner, at the international "
                    + "forum \"" + name + "\"" + (where.isEmpty() ? "" : " (" + where + ")") + ".";
        };
    }

    /** The forum's city, then its dates (or its year when it has no dates). */
    private static String forumWhere(Language l, Occasion occasion) {
        String separator = l == Language.AR ? "، " : ", ";
        String dates = occasion.forumLine().dates(l);
        return Stream.of(occasion.forumCity(),
                        dates != null ? dates : occasion.forumYear() == null ? null : String.valueOf(occasion.forumYear()))
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
