package ma.innovatice.notification;

import ma.innovatice.account.Language;
import ma.innovatice.notification.MailTemplates.Occasion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The results email says of the ceremony and the forum what the edition names, and nothing else. */
class ResultMailTest {

    /** The words a reader reads: the isolates around the typed texts are MailBidiTest's. */
    private static String text(Language language, String outcome, Occasion occasion) {
        return MailTemplates.results(language, "Amina", "12e édition", "Contes amazighs", outcome, occasion,
                "http://localhost:8080/my/submissions/5").text().replaceAll("[\u2068\u2069]", "");
    }

    @Test
    void shouldGiveTheCeremonysDateOrVenueAloneWhenTheEditionNamesOnlyOne() {
        Occasion dateOnly = new Occasion(LocalDate.of(2016, 5, 25), null, null, null, null);
        assertThat(text(Language.FR, "LAUREATE", dateOnly)).contains("Cérémonie de remise des prix : mercredi 25 mai 2016.")
                .doesNotContain("null");
        assertThat(text(Language.EN, "SPECIAL_MENTION", dateOnly)).contains("Award ceremony: Wednesday 25 May 2016.");

        Occasion venueOnly = new Occasion(null, "  Rabat ", null, null, null);
        assertThat(text(Language.FR, "SPECIAL_MENTION", venueOnly)).contains("Cérémonie de remise des prix : Rabat.")
                .contains("mention spéciale").doesNotContain("null");
        assertThat(text(Language.AR, "WINNER", venueOnly)).contains("حفل تسليم الجوائز: Rabat.")
                .doesNotContain("المنتدى");
    }

    @Test
    void shouldNameTheForumToTheWinnerOnly() {
        Occasion forum = new Occasion(null, null, "Global Education Forum", "Budapest", 2016);
        assertThat(text(Language.EN, "WINNER", forum)).contains(
                "As the winner, you represent Morocco at the international forum \"Global Education Forum\" (Budapest, 2016).");
        assertThat(text(Language.AR, "WINNER", forum)).contains("تمثلون المغرب في المنتدى الدولي «Global Education Forum» (Budapest، 2016).");
        assertThat(text(Language.FR, "LAUREATE", forum)).doesNotContain("Global Education Forum").doesNotContain("Cérémonie");
        assertThat(text(Language.FR, "PARTICIPATION", new Occasion(LocalDate.of(2016, 5, 25), "Rabat", "Global Education Forum",
                "Budapest", 2016))).doesNotContain("Cérémonie").doesNotContain("Global Education Forum");
    }

    @Test
    void shouldGiveTheForumsDatesAndCompanionsToTheWinnerAndTheDelegationToCompanions() {
        Occasion forum = new Occasion(null, null, "Global Education Forum", "Budapest", 2026, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 6), java.util.List.of("Karim Idrissi (« Robotique »)"));
        assertThat(text(Language.FR, "WINNER", forum)).contains("au forum international « Global Education Forum » "
                + "(Budapest, du 3 novembre 2026 au 6 novembre 2026). Vous y serez accompagné(e) par : Karim Idrissi (« Robotique »).");
        assertThat(text(Language.EN, "WINNER", forum)).contains("(Budapest, from 3 November 2026 to 6 November 2026). "
                + "You will be accompanied by: Karim Idrissi");
        assertThat(MailTemplates.results(Language.AR, "Amina", "12e", "Contes", "LAUREATE", forum, true, "http://x").text())
                .contains("ينضم مشروعكم إلى الوفد").contains("Budapest");
        assertThat(MailTemplates.results(Language.FR, "Amina", "12e", "Contes", "LAUREATE", forum, true, "http://x").text())
                .contains("Votre projet rejoint la délégation").doesNotContain("accompagné");
        assertThat(text(Language.FR, "LAUREATE", forum)).doesNotContain("délégation");
    }
}
