package ma.innovatice.notification;

import ma.innovatice.account.Language;
import ma.innovatice.notification.MailTemplates.Occasion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The results email says of the ceremony and the forum what the edition names, and nothing else. */
class ResultMailTest {

    private static String text(Language language, String outcome, Occasion occasion) {
        return MailTemplates.results(language, "Amina", "12e édition", "Contes amazighs", outcome, occasion,
                "http://localhost:8080/my/submissions/5").text();
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
}
