package ma.innovatice.finalist;

import ma.innovatice.account.Language;

import java.time.Instant;

/** The calendar invitation of a presentation slot, in the teacher's language (email and download). */
public final class SlotInvitation {

    private SlotInvitation() {
    }

    /** The bare address of a configured sender ("Name <address>" or an address). */
    public static String address(String from) {
        try {
            return new jakarta.mail.internet.InternetAddress(from, false).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            return from.replaceAll("[^A-Za-z0-9@._+-]", "");
        }
    }

    public static String summary(Language l, String projectTitle) {
        return switch (l) {
            case FR -> "Présentation au jury : « " + projectTitle + " »";
            case AR -> "العرض أمام لجنة التحكيم: «" + projectTitle + "»";
            case EN -> "Presentation to the jury: \"" + projectTitle + "\"";
        };
    }

    public static String description(Language l, String editionTitle, String roundName, String videoUrl) {
        String base = switch (l) {
            case FR -> editionTitle + " — " + roundName + ".\nPrésentez votre projet au jury, puis répondez à ses questions.";
            case AR -> editionTitle + " — " + roundName + ".\nقدّموا مشروعكم أمام لجنة التحكيم ثم أجيبوا عن أسئلتها.";
            case EN -> editionTitle + " — " + roundName + ".\nPresent your project to the jury, then answer its questions.";
        };
        if (videoUrl == null) {
            return base;
        }
        return base + "\n" + switch (l) {
            case FR -> "Lien de la visioconférence : ";
            case AR -> "رابط الاجتماع عن بعد: ";
            case EN -> "Video call link: ";
        } + videoUrl;
    }

    public static String roundName(Language l, PresentationSlotChanged c) {
        String name = switch (l) {
            case AR -> c.roundNameAr();
            case EN -> c.roundNameEn();
            case FR -> c.roundNameFr();
        };
        return name == null || name.isBlank() ? c.roundNameFr() : name;
    }

    /** The invitation (REQUEST) or its cancellation (CANCEL) for the change. */
    public static String ics(PresentationSlotChanged c, Language l, String organizer, String attendee, Instant now) {
        Ics.Method method = c.change() == PresentationSlotChanged.Change.CANCELLED ? Ics.Method.CANCEL : Ics.Method.REQUEST;
        return Ics.of(method, new Ics.Event(c.uid(), c.sequence(), c.startsAt(), c.durationMinutes(),
                summary(l, c.projectTitle()), c.place(), c.videoUrl(),
                description(l, c.editionTitle(), roundName(l, c), c.videoUrl()), organizer, attendee), now);
    }
}
