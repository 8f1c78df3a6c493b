package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import ma.innovatice.account.Account;
import ma.innovatice.account.Language;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.web.ClientLinks;
import ma.innovatice.finalist.Ics;
import ma.innovatice.finalist.PresentationSlotChanged;
import ma.innovatice.finalist.PresentationSlotChanged.Change;
import ma.innovatice.finalist.SlotInvitation;
import ma.innovatice.notification.Letter.Rendered;
import ma.innovatice.notification.Outbox.Envelope;
import ma.innovatice.submission.Submission;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The finalist's emails about her presentation slot, each with its calendar invitation attached
 * (METHOD:REQUEST when scheduled or changed, METHOD:CANCEL when cancelled). The dedup key names the
 * slot, the change and its SEQUENCE: each change mails once.
 */
@ApplicationScoped
class FinalistNotifications {

    private final Outbox outbox;
    private final ClientLinks links;
    private final EntityManager entityManager;
    private final Clock clock;
    private final String from;

    FinalistNotifications(Outbox outbox, ClientLinks links, EntityManager entityManager, Clock clock,
                          InnovaticeConfig config) {
        this.outbox = outbox;
        this.links = links;
        this.entityManager = entityManager;
        this.clock = clock;
        this.from = SlotInvitation.address(config.mail().from());
    }

    void onSlotChanged(@Observes PresentationSlotChanged change) {
        Submission submission = entityManager.find(Submission.class, change.submissionId());
        Account teacher = submission.author;
        Language l = teacher.preferredLanguage;
        PresentationSlotChanged event = change.withEditionTitle(submission.edition.title(l));
        String ics = SlotInvitation.ics(event, l, from, teacher.email, clock.instant());
        Ics.Method method = event.change() == Change.CANCELLED ? Ics.Method.CANCEL : Ics.Method.REQUEST;
        MailSender.Attachment invitation = new MailSender.Attachment(
                event.change() == Change.CANCELLED ? "cancel.ics" : "invite.ics", Ics.contentType(method),
                ics.getBytes(StandardCharsets.UTF_8));
        outbox.enqueue(new Envelope("presentation-slot:" + event.slotId() + ":" + event.change().name().toLowerCase()
                        + ":seq:" + event.sequence(), MailKind.PRESENTATION_SLOT, teacher.email, teacher.id, l,
                        event.editionId()),
                letter(l, teacher.firstName, event, links.submission(event.submissionId())), invitation);
    }

    static Rendered letter(Language l, String firstName, PresentationSlotChanged e, String link) {
        String when = MailTemplates.when(l, e.startsAt());
        String round = Letter.isolate(SlotInvitation.roundName(l, e));
        return switch (l) {
            case FR -> Letter.of(l, switch (e.change()) {
                        case SCHEDULED -> "Votre présentation au jury : " + e.editionTitle();
                        case CHANGED -> "Présentation au jury modifiée : " + e.editionTitle();
                        case CANCELLED -> "Présentation au jury annulée : " + e.editionTitle();
                    })
                    .paragraph("Bonjour " + Letter.isolate(firstName) + ",")
                    .paragraph(switch (e.change()) {
                        case SCHEDULED -> "Votre projet est finaliste (" + round + "). Vous le présenterez au jury :";
                        case CHANGED -> "Le créneau de présentation de votre projet (" + round + ") a changé :";
                        case CANCELLED -> "Le créneau de présentation de votre projet (" + round + ") est annulé :";
                    })
                    .quote(e.projectTitle())
                    .paragraph(e.change() == Change.CANCELLED ? null : "Quand : " + when + ", "
                            + Plurals.fr(e.durationMinutes(), "{n} minute", "{n} de minutes", "{n} minutes") + ".")
                    .paragraph(e.change() == Change.CANCELLED || e.place() == null ? null : "Lieu : " + Letter.isolate(e.place()))
                    .paragraph(e.change() == Change.CANCELLED || e.videoUrl() == null ? null
                            : "Visioconférence : " + e.videoUrl())
                    .paragraph(e.change() == Change.CANCELLED
                            ? "Un nouveau créneau vous sera communiqué. L'invitation jointe retire l'événement de votre agenda."
                            : "L'invitation jointe (.ics) ajoute la présentation à votre agenda.")
                    .link("Voir mon projet", link).render();
            case AR -> Letter.of(l, switch (e.change()) {
                        case SCHEDULED -> "عرضكم أمام لجنة التحكيم: " + e.editionTitle();
                        case CHANGED -> "تغيير موعد العرض أمام لجنة التحكيم: " + e.editionTitle();
                        case CANCELLED -> "إلغاء العرض أمام لجنة التحكيم: " + e.editionTitle();
                    })
                    .paragraph("مرحبا " + Letter.isolate(firstName) + "،")
                    .paragraph(switch (e.change()) {
                        case SCHEDULED -> "مشروعكم ضمن المتأهلين للنهائيات (" + round + "). ستقدمونه أمام لجنة التحكيم:";
                        case CHANGED -> "تغير موعد عرض مشروعكم (" + round + "):";
                        case CANCELLED -> "أُلغي موعد عرض مشروعكم (" + round + "):";
                    })
                    .quote(e.projectTitle())
                    .paragraph(e.change() == Change.CANCELLED ? null : "الموعد: " + when + "، " + Plurals.ar(e.durationMinutes(), "{n} دقيقة",
                            "دقيقة واحدة", "دقيقتان", "{n} دقائق", "{n} دقيقةً", "{n} دقيقة") + ".")
                    .paragraph(e.change() == Change.CANCELLED || e.place() == null ? null : "المكان: " + Letter.isolate(e.place()))
                    .paragraph(e.change() == Change.CANCELLED || e.videoUrl() == null ? null
                            : "رابط الاجتماع عن بعد: " + e.videoUrl())
                    .paragraph(e.change() == Change.CANCELLED
                            ? "سيتم إبلاغكم بموعد جديد. الدعوة المرفقة تحذف الحدث من أجندتكم."
                            : "الدعوة المرفقة (.ics) تضيف العرض إلى أجندتكم.")
                    .link("الاطلاع على مشروعي", link).render();
            case EN -> Letter.of(l, switch (e.change()) {
                        case SCHEDULED -> "Your presentation to the jury: " + e.editionTitle();
                        case CHANGED -> "Presentation to the jury changed: " + e.editionTitle();
                        case CANCELLED -> "Presentation to the jury cancelled: " + e.editionTitle();
                    })
                    .paragraph("Hello " + Letter.isolate(firstName) + ",")
                    .paragraph(switch (e.change()) {
                        case SCHEDULED -> "Your project is a finalist (" + round + "). You will present it to the jury:";
                        case CHANGED -> "The presentation slot of your project (" + round + ") has changed:";
                        case CANCELLED -> "The presentation slot of your project (" + round + ") is cancelled:";
                    })
                    .quote(e.projectTitle())
                    .paragraph(e.change() == Change.CANCELLED ? null : "When: " + when + ", "
                            + Plurals.en(e.durationMinutes(), "{n} minute", "{n} minutes") + ".")
                    .paragraph(e.change() == Change.CANCELLED || e.place() == null ? null : "Where: " + Letter.isolate(e.place()))
                    .paragraph(e.change() == Change.CANCELLED || e.videoUrl() == null ? null
                            : "Video call: " + e.videoUrl())
                    .paragraph(e.change() == Change.CANCELLED
                            ? "A new slot will be sent to you. The attached invitation removes the event from your calendar."
                            : "The attached invitation (.ics) adds the presentation to your calendar.")
                    .link("See my project", link).render();
        };
    }
}
