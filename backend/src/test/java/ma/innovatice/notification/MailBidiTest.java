package ma.innovatice.notification;

import ma.innovatice.account.Language;
import ma.innovatice.common.text.CompetitionName;
import ma.innovatice.notification.Letter.Rendered;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people typed, set inside an email's sentence of another direction, keeps its own: each typed
 * text is isolated (FSI … PDI in the text part, {@code <bdi>} in the HTML part), a French title with
 * its colon and exclamation mark inside an Arabic sentence included; a typed text of several lines
 * keeps its lines, each isolated; counts take their plural form.
 */
class MailBidiTest {

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    private static final Instant CLOSE = Instant.parse("2026-03-31T23:00:00Z");

    @Test
    void shouldIsolateAFrenchTitleAndEditionInAnArabicEmail() {
        Rendered mail = MailTemplates.submissionReceived(Language.AR, "Fatima", "12e édition : l'école de demain",
                "Le climat : agir ! (2e partie)", "Première ligne : le constat.\n\nDeuxième paragraphe ?", CLOSE,
                "http://localhost:8080/my/submissions/7");
        assertThat(mail.subject()).isEqualTo("تم استلام مشروعكم: " + FSI + "Le climat : agir ! (2e partie)" + PDI);
        assertThat(mail.text())
                .startsWith("مرحبا " + FSI + "Fatima" + PDI + "،")
                .contains("توصلنا بمشروعكم المقدم في إطار «" + FSI + "12e édition : l'école de demain" + PDI + "»:")
                .contains("« " + FSI + "Le climat : agir ! (2e partie)" + PDI + " »")
                // The summary keeps its paragraphs; each line is isolated on its own (a line break ends an isolate).
                .contains(FSI + "Première ligne : le constat." + PDI + "\n\n" + FSI + "Deuxième paragraphe ?" + PDI);
        assertThat(mail.html())
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<p style=\"font-weight: bold;\"><bdi>Le climat : agir ! (2e partie)</bdi></p>")
                .contains("«<bdi>12e édition : l&#39;école de demain</bdi>»")
                .contains("<p dir=\"auto\"><bdi>Première ligne : le constat.</bdi><br>\n<br>\n<bdi>Deuxième paragraphe ?</bdi></p>")
                .contains("<title>تم استلام مشروعكم: " + FSI + "Le climat : agir ! (2e partie)" + PDI + "</title>");
        // In the body the isolates are elements; the title, plain text, keeps the characters.
        assertThat(mail.html().substring(mail.html().indexOf("<body"))).doesNotContain(FSI).doesNotContain(PDI);
        // Every isolate is closed, in the order it was opened.
        assertBalanced(mail.text());
    }

    @Test
    void shouldIsolateNamesReasonsAndVenuesInEveryLanguage() {
        for (Language l : Language.values()) {
            Rendered conflict = MailTemplates.conflictDeclared(l, "Karim", "12e édition", "Robotique : niveau 2",
                    "Juré Test", "J'ai encadré le stage !", 1, 2, "http://localhost:8080/admin");
            assertThat(conflict.text()).as(l.name()).contains(FSI + "Juré Test" + PDI).contains(FSI + "J'ai encadré le stage !" + PDI)
                    .contains(FSI + "Robotique : niveau 2" + PDI).contains(FSI + "Karim" + PDI);
            assertBalanced(conflict.text());
            String ceremony = MailTemplates.ceremony(l, new MailTemplates.Occasion(null, "Théâtre Mohammed V, Rabat",
                    null, null, null));
            assertThat(ceremony).as(l.name()).contains(FSI + "Théâtre Mohammed V, Rabat" + PDI);
            String forum = MailTemplates.forum(l, new MailTemplates.Occasion(null, null, "Global Education Forum",
                    "Budapest", 2016, null, null, List.of("« Compagnon » — Salma")));
            assertThat(forum).as(l.name()).contains(FSI + "Global Education Forum" + PDI).contains(FSI + "Budapest" + PDI)
                    .contains(FSI + "« Compagnon » — Salma" + PDI);
        }
    }

    @Test
    void shouldIsolateTheVenueAndCountTheMinutesOfAPresentationSlot() {
        var slot = new ma.innovatice.finalist.PresentationSlotChanged(
                ma.innovatice.finalist.PresentationSlotChanged.Change.SCHEDULED, 1, 0, 3, "22e édition", 9,
                "Le climat : agir !", "Finale nationale", "النهائي الوطني", "National final", CLOSE, 2, "Salle 3 (rez-de-chaussée)",
                null, "uid");
        String text = FinalistNotifications.letter(Language.AR, "Karim", slot, "http://localhost:8080/my").text();
        assertThat(text).contains("المكان: " + FSI + "Salle 3 (rez-de-chaussée)" + PDI).contains("، دقيقتان.")
                .contains("« " + FSI + "Le climat : agir !" + PDI + " »").contains("(" + FSI + "النهائي الوطني" + PDI + ")");
        assertBalanced(text);
        assertThat(FinalistNotifications.letter(Language.FR, "Karim", slot, "x").text()).contains(", 2 minutes.");
    }

    @Test
    void shouldKeepATypedTextFromLeavingAnIsolateOpen() {
        assertThat(Letter.isolate("Titre\u2069 \u202Bpiégé\u2068")).isEqualTo(FSI + "Titre piégé" + PDI);
        assertThat(Letter.isolate("un\r\ndeux\n")).isEqualTo(FSI + "un" + PDI + "\n" + FSI + "deux" + PDI + "\n");
        assertThat(Letter.isolate(null)).isEmpty();
    }

    @Test
    void shouldCountInTheRecipientsLanguage() {
        assertThat(Stream.of(0L, 1L, 2L, 3L, 11L, 100L).map(n -> MailTemplates.juryAssigned(Language.AR, "Karim",
                "12e édition", n, CLOSE, "http://localhost:8080/jury").text().lines()
                .filter(line -> line.startsWith("أصبح لديكم")).findFirst().orElseThrow()
                .replaceAll(" للتقييم.*", "")))
                .containsExactly("أصبح لديكم 0 مشروع", "أصبح لديكم مشروع واحد", "أصبح لديكم مشروعان", "أصبح لديكم 3 مشاريع",
                        "أصبح لديكم 11 مشروعًا", "أصبح لديكم 100 مشروع");
        assertThat(MailTemplates.evaluationReminder(Language.FR, "Karim", "12e édition", 1, CLOSE, "j", "p").subject())
                .isEqualTo("Rappel : 1 évaluation à terminer");
        assertThat(MailTemplates.evaluationReminder(Language.FR, "Karim", "12e édition", 2, CLOSE, "j", "p").subject())
                .isEqualTo("Rappel : 2 évaluations à terminer");
        assertThat(MailTemplates.evaluationReminder(Language.AR, "Karim", "12e édition", 2, CLOSE, "j", "p").text())
                .contains("ما زال عليكم تقديم تقييمين في إطار");
        assertThat(MailTemplates.evaluationReminder(Language.EN, "Karim", "12e édition", 1, CLOSE, "j", "p").subject())
                .isEqualTo("Reminder: 1 evaluation to finish");
        for (Language l : Language.values()) {
            String text = MailTemplates.conflictDeclared(l, "Karim", "12e", "P", "J", "R", 1, 2, "x").text();
            assertThat(text).as(l.name()).doesNotContain("(s)").doesNotContain("(ين)");
        }
    }

    @Test
    void shouldNameTheCompetitionWithItsOneArabicName() {
        Rendered welcome = MailTemplates.welcome(Language.AR, "Fatima", "http://localhost:8080/login");
        assertThat(welcome.text()).contains("«" + CompetitionName.AR + "»").endsWith("InnovaTICE — " + CompetitionName.AR + "\n");
        assertThat(welcome.html()).contains("InnovaTICE — " + CompetitionName.AR);
        assertThat(MailTemplates.invitation(Language.AR, "Fatima", true, "http://x", CLOSE).text())
                .contains("مسابقة «" + CompetitionName.AR + "»");
        assertThat(MailTemplates.welcome(Language.FR, "Fatima", "http://x").text()).endsWith("InnovaTICE — Enseignants Innovants\n");
    }

    private static void assertBalanced(String text) {
        int open = 0;
        for (char c : text.toCharArray()) {
            if (c == '\u2068') {
                open++;
            } else if (c == '\u2069') {
                open--;
                assertThat(open).as("a PDI without its FSI in %s", text).isGreaterThanOrEqualTo(0);
            } else if (c == '\n') {
                assertThat(open).as("an isolate left open at a line's end in %s", text).isZero();
            }
        }
        assertThat(open).isZero();
    }
}
