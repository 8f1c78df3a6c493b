package ma.innovatice.evaluation.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementReadingTest {

    @Test
    void shouldReadAlphaAsPrintedToThreeDecimals() {
        assertThat(AgreementReading.of(1.0)).isEqualTo(AgreementReading.RELIABLE);
        assertThat(AgreementReading.of(0.800)).isEqualTo(AgreementReading.RELIABLE);
        // Printed 0.800: reliable, whatever the fourth decimal.
        assertThat(AgreementReading.of(0.7995)).isEqualTo(AgreementReading.RELIABLE);
        assertThat(AgreementReading.of(0.7994)).isEqualTo(AgreementReading.TENTATIVE);
        assertThat(AgreementReading.of(0.667)).isEqualTo(AgreementReading.TENTATIVE);
        assertThat(AgreementReading.of(0.6665)).isEqualTo(AgreementReading.TENTATIVE);
        assertThat(AgreementReading.of(0.6664)).isEqualTo(AgreementReading.NOT_RELIABLE);
        assertThat(AgreementReading.of(0.0)).isEqualTo(AgreementReading.NOT_RELIABLE);
        assertThat(AgreementReading.of(-0.35)).isEqualTo(AgreementReading.NOT_RELIABLE);
        assertThat(AgreementReading.of(null)).isEqualTo(AgreementReading.NOT_COMPUTABLE);
        assertThat(AgreementReading.of(Double.NaN)).isEqualTo(AgreementReading.NOT_COMPUTABLE);
    }
}
