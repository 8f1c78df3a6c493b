package ma.innovatice.evaluation.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymiserTest {

    private final Anonymiser anonymiser = Anonymiser.of("Zineb", "Tazi", List.of("Imane  Alaoui", "Li"),
            "École Ibn Battouta");

    @Test
    void shouldBlankOutTheNamesOfTheAuthorTheCoAuthorsAndTheSchoolWhateverTheirCase() {
        assertThat(anonymiser.scrub("Zineb Tazi et IMANE ALAOUI, de l'école ibn battouta, avec Tazi Zineb."))
                .isEqualTo("[…] et […], de l'[…], avec […].");
        assertThat(anonymiser.scrub("Mme Tazi remercie Imane et Zineb.")).isEqualTo("Mme […] remercie […] et […].");
        assertThat(anonymiser.scrub("Zineb\nTazi")).isEqualTo("[…]");
    }

    @Test
    void shouldLeaveWordsThatOnlyContainANameAndNamesTooShortToTell() {
        assertThat(anonymiser.scrub("Les Tazirt et Zinebia ; Li et li.")).isEqualTo("Les Tazirt et Zinebia ; Li et li.");
        assertThat(anonymiser.scrub(null)).isNull();
        assertThat(Anonymiser.of(null, null, null, null).scrub("Rien à cacher")).isEqualTo("Rien à cacher");
    }
}
