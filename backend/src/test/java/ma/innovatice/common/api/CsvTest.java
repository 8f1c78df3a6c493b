package ma.innovatice.common.api;

import ma.innovatice.account.Language;
import ma.innovatice.common.api.Csv.Cell;
import ma.innovatice.common.api.Csv.Separator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static ma.innovatice.common.api.Csv.format;
import static org.assertj.core.api.Assertions.assertThat;

/** How each kind of cell is written for French (semicolon) and English (comma) spreadsheets. */
class CsvTest {

    private static String fr(Cell cell) {
        return format(cell, Separator.SEMICOLON, Language.FR);
    }

    private static String en(Cell cell) {
        return format(cell, Separator.COMMA, Language.EN);
    }

    @Test
    void shouldWriteDecimalsWithACommaAfterSemicolonsAndAPointAfterCommas() {
        assertThat(fr(Csv.number(75.42))).isEqualTo("75,42");
        assertThat(en(Csv.number(75.42))).isEqualTo("75.42");
        assertThat(fr(Csv.number(-1.5))).as("a negative number stays a number, never defused").isEqualTo("-1,5");
        assertThat(en(Csv.number(-1.5))).isEqualTo("-1.5");
        assertThat(fr(Csv.number(0.0))).isEqualTo("0");
        assertThat(fr(Csv.number(-0.0))).isEqualTo("0");
        assertThat(fr(Csv.number(50.0))).as("no trailing zeros").isEqualTo("50");
        assertThat(fr(Csv.number(100.0))).as("no exponent").isEqualTo("100");
    }

    @Test
    void shouldWriteNumbersWithoutThousandsSeparatorNorExponent() {
        assertThat(fr(Csv.number(1234567.25))).isEqualTo("1234567,25");
        assertThat(en(Csv.number(1234567.25))).isEqualTo("1234567.25");
        assertThat(fr(Csv.number(1e-7))).isEqualTo("0,0000001");
        assertThat(en(Csv.number(1e21))).isEqualTo("1000000000000000000000");
        assertThat(fr(Csv.number(123_456_789_012L))).isEqualTo("123456789012");
        assertThat(fr(Csv.number(-42))).isEqualTo("-42");
        assertThat(fr(Csv.number(new BigDecimal("-3.140")))).isEqualTo("-3,14");
    }

    @Test
    void shouldKeepTheAskedDecimalsRoundedHalfUp() {
        assertThat(fr(Csv.number(-0.3015, 3))).isEqualTo("-0,302");
        assertThat(en(Csv.number(1.0, 3))).isEqualTo("1.000");
        assertThat(fr(Csv.number(7.666666, 2))).isEqualTo("7,67");
        assertThat(Csv.number(null, 3)).isNull();
        assertThat(Csv.number(Double.NaN, 3)).isNull();
    }

    @Test
    void shouldLeaveMissingAndNonFiniteNumbersEmpty() {
        assertThat(fr(Csv.number((Double) null))).isEmpty();
        assertThat(fr(Csv.number(Double.NaN))).isEmpty();
        assertThat(en(Csv.number(Double.POSITIVE_INFINITY))).isEmpty();
    }

    @Test
    void shouldWriteInstantsAsMoroccoLocalDateTimesThatSpreadsheetsReadAsDates() {
        // Winter 2026: Morocco is at UTC+1.
        assertThat(fr(Csv.dateTime(Instant.parse("2026-01-15T23:30:05.987654Z")))).as("truncated to the second, next day")
                .isEqualTo("2026-01-16 00:30:05");
        assertThat(en(Csv.dateTime(Instant.parse("2026-01-15T08:00:00Z")))).isEqualTo("2026-01-15 09:00:00");
        // During Ramadan 2026 (about 15 February to 22 March) Morocco goes back to UTC+0.
        assertThat(fr(Csv.dateTime(Instant.parse("2026-03-01T12:00:00Z")))).isEqualTo("2026-03-01 12:00:00");
        assertThat(fr(Csv.dateTime(null))).isEmpty();
    }

    @Test
    void shouldDefuseFormulasInTextCellsOnly() {
        assertThat(fr(Csv.text("=HYPERLINK(\"http://evil\")"))).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(fr(Csv.text("-1,5"))).as("a text that looks like a number is still text").isEqualTo("'-1,5");
        assertThat(en(Csv.text("+212 600"))).isEqualTo("'+212 600");
        assertThat(en(Csv.text("@cmd"))).isEqualTo("'@cmd");
        assertThat(fr(Csv.text("مشروع الطاقة الشمسية"))).isEqualTo("مشروع الطاقة الشمسية");
        assertThat(fr(Csv.text(null))).isEmpty();
    }

    @Test
    void shouldQuoteTextHoldingTheSeparatorOnly() {
        assertThat(fr(Csv.text("a, b"))).as("a comma needs no quotes between semicolons").isEqualTo("a, b");
        assertThat(en(Csv.text("a, b"))).isEqualTo("\"a, b\"");
        assertThat(fr(Csv.text("a; b"))).isEqualTo("\"a; b\"");
        assertThat(en(Csv.text("two\nlines"))).isEqualTo("\"two\nlines\"");
    }

    @Test
    void shouldWriteYesAndNoInTheFilesLanguage() {
        assertThat(fr(Csv.yesNo(true))).isEqualTo("oui");
        assertThat(en(Csv.yesNo(false))).isEqualTo("no");
        assertThat(format(Csv.yesNo(true), Separator.SEMICOLON, Language.AR)).isEqualTo("نعم");
    }

    @Test
    void shouldWriteABomTitlesInTheLanguageAndCrlfLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = new Csv(out, Separator.SEMICOLON, Language.AR)) {
            csv.titles(List.of(new Csv.Title("Note", "النقطة", "Score"),
                    new Csv.Title("Soumis le (heure du Maroc)", "تاريخ التقديم (بتوقيت المغرب)", "Submitted (Morocco time)")));
            csv.row(Arrays.asList(Csv.number(-12.5), Csv.dateTime(Instant.parse("2026-06-01T10:00:00Z"))));
            csv.row(Arrays.asList(null, Csv.text("x")));
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFالنقطة;تاريخ التقديم (بتوقيت المغرب)\r\n-12,5;2026-06-01 11:00:00\r\n;x\r\n");
    }

    @Test
    void shouldTakeTheSeparatorFromTheQueryParameter() {
        assertThat(Separator.of("semicolon")).isEqualTo(Separator.SEMICOLON);
        assertThat(Separator.of("comma")).isEqualTo(Separator.COMMA);
        assertThat(Separator.of(null)).isEqualTo(Separator.COMMA);
    }
}
