package ma.innovatice.common.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** "1er février", "2 février": the French ordinal of a month's first day, in emails and certificates. */
class FrenchDatesTest {

    @Test
    void shouldWriteTheFirstDayAsAnOrdinalAndTheOthersAsNumbers() {
        assertThat(LocalDate.of(2027, 2, 1).format(FrenchDates.around("", " MMMM yyyy"))).isEqualTo("1er février 2027");
        assertThat(LocalDate.of(2027, 2, 2).format(FrenchDates.around("", " MMMM yyyy"))).isEqualTo("2 février 2027");
        assertThat(LocalDate.of(2027, 3, 31).format(FrenchDates.around("", " MMMM yyyy"))).isEqualTo("31 mars 2027");
        assertThat(LocalDateTime.of(2026, 12, 1, 23, 59).format(FrenchDates.around("EEEE ", " MMMM yyyy 'à' HH:mm")))
                .isEqualTo("mardi 1er décembre 2026 à 23:59");
    }
}
