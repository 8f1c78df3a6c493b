package ma.innovatice.notification;

import ma.innovatice.award.ForumLine;

import ma.innovatice.account.Language;
import ma.innovatice.common.text.CompetitionName;
import ma.innovatice.common.time.ClockProducer;
import ma.innovatice.common.time.FrenchDates;
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

    private static final DateTimeFormatter FR = FrenchDates.around("EEEE ", " MMMM yyyy 'à' HH:mm");
    private static final DateTimeFormatter AR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm",
            Locale.forLanguageTag("ar-MA"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FR_DAY = FrenchDates.around("EEEE ", " MMMM yyyy");
    private static final DateTimeFormatter AR_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("ar-MA"));
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private MailTemplates() {
    }

    /** What someone typed (a name, a title, a reason), isolated inside the template's sentence: see Letter. */
    private static String typed(String text) {
        return Letter.isolate(text);
    }

    private static String join(String separator, List<String> typed) {
        return typed.stream().map(MailTemplates::typed).collect(Collectors.joining(separator));
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
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Votre compte enseignant InnovaTICE est créé. Vous pouvez préparer votre projet et "
                            + "le soumettre au concours « Enseignants Innovants » tant que l'appel est ouvert.")
                    .link("Se connecter", loginUrl)
                    .footer("Vous recevez ce message parce qu'un compte a été créé avec cette adresse.").render();
            case AR -> Letter.of(l, "مرحبا بكم في InnovaTICE")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("تم إنشاء حسابكم كأستاذ(ة) على منصة InnovaTICE. يمكنكم إعداد مشروعكم وتقديمه لمسابقة "
                            + "«" + CompetitionName.AR + "» ما دام باب الترشيح مفتوحا.")
                    .link("تسجيل الدخول", loginUrl)
                    .footer("تتوصلون بهذه الرسالة لأن حسابا أنشئ بهذا العنوان.").render();
            case EN -> Letter.of(l, "Welcome to InnovaTICE")
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("Your InnovaTICE teacher account is ready. You can prepare your project and submit it "
                            + "to the \"Enseignants Innovants\" competition while the call is open.")
                    .link("Sign in", loginUrl)
                    .footer("You receive this message because an account was created with this address.").render();
        };
    }

    static Rendered invitation(Language l, String firstName, boolean juror, String link, Instant expiresAt) {
        return switch (l) {
            case FR -> Letter.of(l, "Votre compte InnovaTICE : choisissez votre mot de passe")
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph(juror ? "Un administrateur vous a créé un compte de membre du jury du concours "
                            + "« Enseignants Innovants »." : "Un administrateur vous a créé un compte d'administrateur "
                            + "de la plateforme InnovaTICE.")
                    .paragraph("Choisissez votre mot de passe avec le lien ci-dessous, valable jusqu'au "
                            + when(l, expiresAt) + " et utilisable une seule fois.")
                    .link("Choisir mon mot de passe", link)
                    .footer("Si vous n'attendiez pas ce message, ignorez-le.").render();
            case AR -> Letter.of(l, "حسابكم على InnovaTICE: اختاروا كلمة المرور")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph(juror ? "أنشأ لكم أحد المسؤولين حسابا كعضو(ة) في لجنة تحكيم مسابقة «" + CompetitionName.AR + "»."
                            : "أنشأ لكم أحد المسؤولين حساب مسؤول على منصة InnovaTICE.")
                    .paragraph("اختاروا كلمة المرور عبر الرابط أسفله، وهو صالح لمرة واحدة إلى غاية " + when(l, expiresAt) + ".")
                    .link("اختيار كلمة المرور", link)
                    .footer("إذا لم تكونوا تنتظرون هذه الرسالة، يرجى تجاهلها.").render();
            case EN -> Letter.of(l, "Your InnovaTICE account: choose your password")
                    .paragraph("Hello " + typed(firstName) + ",")
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
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Bienvenue sur InnovaTICE ! Pour terminer la création de votre compte enseignant, "
                            + "confirmez votre adresse avec le lien ci-dessous, valable jusqu'au " + when(l, expiresAt)
                            + " et utilisable une seule fois. Vous serez alors connecté(e), avec le mot de passe "
                            + "choisi à l'inscription.")
                    .link("Confirmer mon adresse", link)
                    .footer("Si vous ne vous êtes pas inscrit(e) sur InnovaTICE, ignorez ce message : aucun compte "
                            + "ne sera activé.").render();
            case AR -> Letter.of(l, "أكدوا عنوانكم على InnovaTICE")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("مرحبا بكم في InnovaTICE! لإتمام إنشاء حسابكم كأستاذ(ة)، أكدوا عنوانكم عبر الرابط أسفله، "
                            + "وهو صالح لمرة واحدة إلى غاية " + when(l, expiresAt)
                            + ". سيتم بعدها تسجيل دخولكم بكلمة المرور التي اخترتموها عند التسجيل.")
                    .link("تأكيد عنواني", link)
                    .footer("إذا لم تسجلوا في InnovaTICE، تجاهلوا هذه الرسالة: لن يتم تفعيل أي حساب.").render();
            case EN -> Letter.of(l, "Confirm your address for InnovaTICE")
                    .paragraph("Hello " + typed(firstName) + ",")
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
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Quelqu'un (peut-être vous) a essayé de créer un compte InnovaTICE avec votre adresse, "
                            + "qui a déjà un compte. Aucun nouveau compte n'a été créé et le vôtre n'a pas changé.")
                    .paragraph("Pour entrer dans votre compte, connectez-vous ; si vous avez oublié votre mot de passe, "
                            + "demandez-en un nouveau : " + forgotUrl)
                    .link("Se connecter", loginUrl)
                    .footer("Si ce n'était pas vous, ignorez ce message.").render();
            case AR -> Letter.of(l, "محاولة تسجيل بعنوانكم على InnovaTICE")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("حاول شخص ما (ربما أنتم) إنشاء حساب على InnovaTICE بعنوانكم، وهو مرتبط بحساب موجود. "
                            + "لم يتم إنشاء أي حساب جديد ولم يتغير حسابكم.")
                    .paragraph("للدخول إلى حسابكم، سجلوا الدخول؛ وإذا نسيتم كلمة المرور، اطلبوا كلمة جديدة: " + forgotUrl)
                    .link("تسجيل الدخول", loginUrl)
                    .footer("إذا لم تكونوا أنتم، تجاهلوا هذه الرسالة.").render();
            case EN -> Letter.of(l, "Someone tried to register with your InnovaTICE address")
                    .paragraph("Hello " + typed(firstName) + ",")
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
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Quelqu'un (sans doute vous) a demandé à changer le mot de passe de votre compte. "
                            + "Le lien ci-dessous est valable jusqu'au " + when(l, expiresAt) + ", une seule fois.")
                    .link("Choisir un nouveau mot de passe", link)
                    .footer("Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.").render();
            case AR -> Letter.of(l, "إعادة تعيين كلمة المرور على InnovaTICE")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("طلب شخص ما (أنتم على الأرجح) تغيير كلمة مرور حسابكم. الرابط أسفله صالح لمرة واحدة إلى غاية "
                            + when(l, expiresAt) + ".")
                    .link("اختيار كلمة مرور جديدة", link)
                    .footer("إذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: كلمة مروركم لن تتغير.").render();
            case EN -> Letter.of(l, "Resetting your InnovaTICE password")
                    .paragraph("Hello " + typed(firstName) + ",")
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
            case FR -> Letter.of(l, "Projet reçu : " + typed(title))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Nous avons bien reçu votre projet pour « " + typed(edition) + " » :")
                    .quote(title).typed(text)
                    .paragraph("Vous pouvez encore le modifier ou le retirer jusqu'à la clôture de l'appel, le "
                            + when(l, closeAt) + ".")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "تم استلام مشروعكم: " + typed(title))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("توصلنا بمشروعكم المقدم في إطار «" + typed(edition) + "»:")
                    .quote(title).typed(text)
                    .paragraph("يمكنكم تعديله أو سحبه إلى غاية إغلاق باب الترشيح يوم " + when(l, closeAt) + ".")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project received: " + typed(title))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("We have received your project for \"" + typed(edition) + "\":")
                    .quote(title).typed(text)
                    .paragraph("You can still change or withdraw it until the call closes on " + when(l, closeAt) + ".")
                    .link("See my project", link).render();
        };
    }

    static Rendered submissionWithdrawn(Language l, String firstName, String edition, String title, Instant closeAt,
                                        String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projet retiré : " + typed(title))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Votre projet a été retiré du concours « " + typed(edition) + " » :")
                    .quote(title)
                    .paragraph("Il ne sera pas évalué. Vous pouvez le soumettre à nouveau avant le " + when(l, closeAt) + ".")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "تم سحب المشروع: " + typed(title))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("تم سحب مشروعكم من مسابقة «" + typed(edition) + "»:")
                    .quote(title)
                    .paragraph("لن يتم تقييمه. يمكنكم تقديمه من جديد قبل " + when(l, closeAt) + ".")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project withdrawn: " + typed(title))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("Your project was withdrawn from \"" + typed(edition) + "\":")
                    .quote(title)
                    .paragraph("It will not be evaluated. You can submit it again before " + when(l, closeAt) + ".")
                    .link("See my project", link).render();
        };
    }

    static Rendered submissionIneligible(Language l, String firstName, String edition, String title, String reason,
                                         String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projet non recevable : " + typed(title))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("L'examen de recevabilité de votre projet présenté au concours « " + typed(edition)
                            + " » a conclu qu'il ne remplit pas les conditions de participation :")
                    .quote(title)
                    .paragraph("Motif : " + typed(reason))
                    .paragraph("Il ne sera donc pas évalué par le jury.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "مشروع غير مقبول: " + typed(title))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("خلصت دراسة أهلية مشروعكم المقدم في مسابقة «" + typed(edition) + "» إلى أنه لا يستوفي شروط المشاركة:")
                    .quote(title)
                    .paragraph("السبب: " + typed(reason))
                    .paragraph("لذلك لن يتم تقييمه من طرف لجنة التحكيم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Project not eligible: " + typed(title))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("The eligibility screening of your project for \"" + typed(edition)
                            + "\" found that it does not meet the conditions of entry:")
                    .quote(title)
                    .paragraph("Reason: " + typed(reason))
                    .paragraph("It will therefore not be evaluated by the jury.")
                    .link("See my project", link).render();
        };
    }

    static Rendered callClosing(Language l, String firstName, String edition, String title, Instant closeAt, String link,
                                String profile) {
        return switch (l) {
            case FR -> Letter.of(l, "Rappel : l'appel à projets ferme le " + when(l, closeAt))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Votre projet pour « " + typed(edition) + " » est encore un brouillon :")
                    .quote(title)
                    .paragraph("Pour qu'il soit évalué, soumettez-le avant le " + when(l, closeAt) + ".")
                    .link("Terminer mon projet", link)
                    .footer("Vous pouvez désactiver ces rappels dans votre profil : " + profile).render();
            case AR -> Letter.of(l, "تذكير: يغلق باب الترشيح يوم " + when(l, closeAt))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("مشروعكم في إطار «" + typed(edition) + "» ما زال مسودة:")
                    .quote(title)
                    .paragraph("لكي يتم تقييمه، قدموه قبل " + when(l, closeAt) + ".")
                    .link("إتمام مشروعي", link)
                    .footer("يمكنكم إيقاف هذه التذكيرات من صفحة حسابكم: " + profile).render();
            case EN -> Letter.of(l, "Reminder: the call for projects closes on " + when(l, closeAt))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("Your project for \"" + typed(edition) + "\" is still a draft:")
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
            case FR -> Letter.of(l, "Appel à projets clos : " + typed(edition))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("L'appel à projets « " + typed(edition) + " » a été clos le " + when(l, closedAt)
                            + ", avant la date annoncée (" + when(l, publishedClose) + ").")
                    .paragraph("Votre projet était encore un brouillon :")
                    .quote(title)
                    .paragraph("Il n'a pas été soumis et ne sera pas évalué. Il reste consultable dans votre espace.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, "أغلق باب الترشيح: " + typed(edition))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("أغلق باب الترشيح في إطار «" + typed(edition) + "» يوم " + when(l, closedAt)
                            + "، قبل الموعد المعلن (" + when(l, publishedClose) + ").")
                    .paragraph("كان مشروعكم ما زال مسودة:")
                    .quote(title)
                    .paragraph("لم يتم تقديمه ولن يتم تقييمه. يمكنكم الاطلاع عليه في فضائكم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, "Call for projects closed: " + typed(edition))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("The call for projects \"" + typed(edition) + "\" was closed on " + when(l, closedAt)
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
            case FR -> Letter.of(l, advances ? "Votre projet passe au tour suivant : " + typed(nextRound)
                            : "Résultat du tour « " + typed(round) + " »")
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Le jury du tour « " + typed(round) + " » de « " + typed(edition) + " » a arrêté sa sélection. "
                            + "Votre projet :")
                    .quote(title)
                    .paragraph(advances ? "est retenu pour le tour suivant, « " + typed(nextRound) + " ». La suite vous sera "
                            + "communiquée par courriel et dans votre espace."
                            : "n'est pas retenu pour le tour suivant. Merci pour votre participation : votre projet "
                            + "reste consultable dans votre espace.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, advances ? "تأهل مشروعكم إلى الدور الموالي: " + typed(nextRound)
                            : "نتيجة دور «" + typed(round) + "»")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("حددت لجنة دور «" + typed(round) + "» في إطار «" + typed(edition) + "» اختيارها. مشروعكم:")
                    .quote(title)
                    .paragraph(advances ? "تأهل إلى الدور الموالي، «" + typed(nextRound) + "». ستتوصلون بالمستجدات عبر البريد "
                            + "الإلكتروني وفي فضائكم."
                            : "لم يتأهل إلى الدور الموالي. شكرا على مشاركتكم، يبقى مشروعكم متاحا في فضائكم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, advances ? "Your project goes on to the next round: " + typed(nextRound)
                            : "Outcome of the round \"" + typed(round) + "\"")
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("The jury of the round \"" + typed(round) + "\" of \"" + typed(edition) + "\" has made its "
                            + "selection. Your project:")
                    .quote(title)
                    .paragraph(advances ? "goes on to the next round, \"" + typed(nextRound) + "\". You will hear what comes "
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
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("La date limite des évaluations de « " + typed(edition) + " » est reportée au "
                            + when(l, deadline) + " (au lieu du " + when(l, previous) + ").")
                    .paragraph("Vos évaluations soumises restent acquises ; vous pouvez terminer les autres d'ici là.")
                    .link("Ouvrir mon espace jury", link).render();
            case AR -> Letter.of(l, "تمديد فترة التقييم إلى غاية " + when(l, deadline))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("تم تأجيل آخر أجل للتقييمات في إطار «" + typed(edition) + "» إلى " + when(l, deadline)
                            + " (بدلا من " + when(l, previous) + ").")
                    .paragraph("تقييماتكم المقدمة تبقى محفوظة؛ ويمكنكم إتمام الباقي قبل هذا الأجل.")
                    .link("فتح فضاء لجنة التحكيم", link).render();
            case EN -> Letter.of(l, "Evaluations extended until " + when(l, deadline))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("The evaluation deadline of \"" + typed(edition) + "\" moves to " + when(l, deadline)
                            + " (instead of " + when(l, previous) + ").")
                    .paragraph("Your submitted evaluations stand; you can finish the others until then.")
                    .link("Open my jury space", link).render();
        };
    }

    static Rendered juryAssigned(Language l, String firstName, String edition, long assigned, Instant evaluationCloseAt,
                                 String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Projets à évaluer : " + typed(edition))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Vous avez désormais " + Plurals.fr(assigned, "{n} projet", "{n} de projets", "{n} projets")
                            + " à évaluer pour « " + typed(edition) + " ».")
                    .paragraph("Les évaluations se terminent le " + when(l, evaluationCloseAt) + ".")
                    .link("Ouvrir mon espace jury", link).render();
            case AR -> Letter.of(l, "مشاريع للتقييم: " + typed(edition))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("أصبح لديكم " + Plurals.ar(assigned, "{n} مشروع", "مشروع واحد", "مشروعان", "{n} مشاريع",
                            "{n} مشروعًا", "{n} مشروع") + " للتقييم في إطار «" + typed(edition) + "».")
                    .paragraph("تنتهي فترة التقييم يوم " + when(l, evaluationCloseAt) + ".")
                    .link("فتح فضاء لجنة التحكيم", link).render();
            case EN -> Letter.of(l, "Projects to evaluate: " + typed(edition))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("You now have " + Plurals.en(assigned, "{n} project", "{n} projects") + " to evaluate for \"" + typed(edition) + "\".")
                    .paragraph("Evaluations close on " + when(l, evaluationCloseAt) + ".")
                    .link("Open my jury space", link).render();
        };
    }

    static Rendered conflictDeclared(Language l, String firstName, String edition, String project, String juror,
                                     String reason, long jurorsLeft, int jurorsPerProject, String link) {
        return switch (l) {
            case FR -> Letter.of(l, "Conflit d'intérêts déclaré : " + typed(project))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph(typed(juror) + " a déclaré un conflit d'intérêts avec le projet « " + typed(project) + " » (« " + typed(edition)
                            + " ») et n'en est plus juré·e.")
                    .paragraph("Motif : " + typed(reason))
                    .paragraph("Le projet a maintenant " + Plurals.fr(jurorsLeft, "{n} juré", "{n} de jurés", "{n} jurés")
                            + " sur " + Plurals.fr(jurorsPerProject, "{n} prévu", "{n} de prévus", "{n} prévus") + " ; vous pouvez lui ajouter un juré depuis l'affectation.")
                    .link("Ouvrir l'affectation des jurés", link).render();
            case AR -> Letter.of(l, "تصريح بتضارب المصالح: " + typed(project))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("صرّح(ت) " + typed(juror) + " بتضارب في المصالح مع المشروع «" + typed(project) + "» («" + typed(edition)
                            + "») ولم يعد(تعد) عضوا في لجنة تحكيمه.")
                    .paragraph("السبب: " + typed(reason))
                    .paragraph("أصبح للمشروع " + Plurals.ar(jurorsLeft, "{n} محكّم", "محكّم واحد", "محكّمان", "{n} محكّمين",
                            "{n} محكّمًا", "{n} محكّم") + " من أصل " + jurorsPerProject + " (العدد المقرّر)؛ يمكنكم إضافة محكّم له من صفحة التعيين.")
                    .link("فتح صفحة تعيين المحكّمين", link).render();
            case EN -> Letter.of(l, "Conflict of interest declared: " + typed(project))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph(typed(juror) + " declared a conflict of interest with the project \"" + typed(project) + "\" (\"" + typed(edition)
                            + "\") and no longer judges it.")
                    .paragraph("Reason: " + typed(reason))
                    .paragraph("The project now has " + jurorsLeft + " of the "
                            + Plurals.en(jurorsPerProject, "{n} juror required", "{n} jurors required") + "; you can add a juror from the assignment page.")
                    .link("Open the jury assignment", link).render();
        };
    }

    static Rendered evaluationReminder(Language l, String firstName, String edition, long pending,
                                       Instant evaluationCloseAt, String link, String profile) {
        return switch (l) {
            case FR -> Letter.of(l, "Rappel : " + Plurals.fr(pending, "{n} évaluation", "{n} d'évaluations", "{n} évaluations")
                    + " à terminer")
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Il vous reste " + Plurals.fr(pending, "{n} évaluation", "{n} d'évaluations", "{n} évaluations")
                            + " à soumettre pour « " + typed(edition)
                            + " » avant le " + when(l, evaluationCloseAt) + ".")
                    .link("Ouvrir mon espace jury", link)
                    .footer("Vous pouvez désactiver ces rappels dans votre profil : " + profile).render();
            case AR -> Letter.of(l, "تذكير: " + Plurals.ar(pending, "{n} تقييم", "تقييم واحد", "تقييمان", "{n} تقييمات",
                    "{n} تقييمًا", "{n} تقييم") + " في انتظار الإتمام")
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("ما زال عليكم تقديم " + Plurals.ar(pending, "{n} تقييم", "تقييم واحد", "تقييمين",
                            "{n} تقييمات", "{n} تقييمًا", "{n} تقييم") + " في إطار «" + typed(edition) + "» قبل "
                            + when(l, evaluationCloseAt) + ".")
                    .link("فتح فضاء لجنة التحكيم", link)
                    .footer("يمكنكم إيقاف هذه التذكيرات من صفحة حسابكم: " + profile).render();
            case EN -> Letter.of(l, "Reminder: " + Plurals.en(pending, "{n} evaluation", "{n} evaluations") + " to finish")
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("You still have " + Plurals.en(pending, "{n} evaluation", "{n} evaluations") + " to submit for \"" + typed(edition) + "\" before "
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
            case FR -> Letter.of(l, "Résultats publiés : " + typed(edition))
                    .paragraph("Bonjour " + typed(firstName) + ",")
                    .paragraph("Les résultats de « " + typed(edition) + " » sont publiés. Votre projet :")
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
            case AR -> Letter.of(l, "تم نشر النتائج: " + typed(edition))
                    .paragraph("مرحبا " + typed(firstName) + "،")
                    .paragraph("تم نشر نتائج «" + typed(edition) + "». مشروعكم:")
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
            case EN -> Letter.of(l, "Results published: " + typed(edition))
                    .paragraph("Hello " + typed(firstName) + ",")
                    .paragraph("The results of \"" + typed(edition) + "\" are published. Your project:")
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
                : typed(occasion.ceremonyVenue().strip());
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
            case FR -> " Vous y serez accompagné(e) par : " + join(" ; ", companions) + ".";
            case AR -> " يرافقكم في الوفد: " + join("؛ ", companions) + ".";
            case EN -> " You will be accompanied by: " + join("; ", companions) + ".";
        };
        return switch (l) {
            case FR -> "En tant que grand gagnant, vous représentez le Maroc au forum international « " + typed(name) + " »"
                    + (where.isEmpty() ? "" : " (" + where + ")") + "." + with;
            case AR -> "بصفتكم الفائز الأول، تمثلون المغرب في المنتدى الدولي «" + typed(name) + "»"
                    + (where.isEmpty() ? "" : " (" + where + ")") + "." + with;
            case EN -> "As the winner, you represent Morocco at the international forum \"" + typed(name) + "\""
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
                    + "international « " + typed(name) + " »" + (where.isEmpty() ? "" : " (" + where + ")") + ".";
            case AR -> "ينضم مشروعكم إلى الوفد الذي يمثل المغرب، رفقة الفائز الأول، في المنتدى الدولي «" + typed(name) + "»"
                    + (where.isEmpty() ? "" : " (" + where + ")") + ".";
            case EN -> "Your project joins the delegation that represents Morocco, with the winner, at the international "
                    + "forum \"" + typed(name) + "\"" + (where.isEmpty() ? "" : " (" + where + ")") + ".";
        };
    }

    /** The forum's city, then its dates (or its year when it has no dates). */
    private static String forumWhere(Language l, Occasion occasion) {
        String separator = l == Language.AR ? "، " : ", ";
        String dates = occasion.forumLine().dates(l);
        String city = occasion.forumCity() == null || occasion.forumCity().isBlank() ? null
                : typed(occasion.forumCity().strip());
        return Stream.of(city,
                        dates != null ? dates : occasion.forumYear() == null ? null : String.valueOf(occasion.forumYear()))
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
