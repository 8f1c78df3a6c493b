package ma.innovatice.common.api;

import ma.innovatice.account.Language;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV for spreadsheet programs: UTF-8 with a byte order mark (so Arabic and accents show right),
 * RFC 4180 quoting, CRLF line ends, column titles in the request's language, and typed cells
 * written the way the file's separator promises: with {@code ;} (what French Excel and LibreOffice
 * expect) decimals take a comma, with {@code ,} a point, never a thousands separator nor an
 * exponent; instants are Morocco's local date-times {@code yyyy-MM-dd HH:mm:ss}, which both
 * programs read as dates in any language. Only text cells that a spreadsheet would run as a
 * formula are defused, with a leading apostrophe: a negative number stays a number.
 */
public final class Csv implements AutoCloseable {

    /** The zone of every date-time written: the competition's (its column titles say so). */
    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Title YES = new Title("oui", "نعم", "yes");
    private static final Title NO = new Title("non", "لا", "no");

    /** The cell separator the client asks for, and the decimal mark that goes with it. */
    public enum Separator {
        COMMA(',', '.'),
        SEMICOLON(';', ',');

        private final char cells;
        private final char decimalMark;

        Separator(char cells, char decimalMark) {
            this.cells = cells;
            this.decimalMark = decimalMark;
        }

        /** The value of an export's {@code separator} query parameter ({@code comma} or {@code semicolon}). */
        public static Separator of(String parameter) {
            return "semicolon".equals(parameter) ? SEMICOLON : COMMA;
        }
    }

    /** A column title in the platform's three languages. */
    public record Title(String fr, String ar, String en) {

        public String in(Language language) {
            return switch (language) {
                case AR -> ar;
                case EN -> en;
                case FR -> fr;
            };
        }
    }

    /** One cell of a row; null in a row is an empty cell. */
    public sealed interface Cell permits Text, Decimal, DateTime, YesNo {
    }

    /** Text, shown as typed (defused if a spreadsheet would take it for a formula). */
    public record Text(String value) implements Cell {
    }

    /** A number, in plain decimal notation. */
    public record Decimal(BigDecimal value) implements Cell {
    }

    /** An instant, written as Morocco's local date-time to the second. */
    public record DateTime(Instant value) implements Cell {
    }

    /** A yes or a no, as a word of the file's language. */
    public record YesNo(boolean value) implements Cell {
    }

    private final Writer writer;
    private final Separator separator;
    private final Language language;

    public Csv(OutputStream out, Separator separator, Language language) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.separator = separator;
        this.language = language;
        writer.write('\uFEFF');
    }

    /** A line of column titles, in the file's language. */
    public void titles(List<Title> titles) throws IOException {
        row(titles.stream().map(title -> (Cell) new Text(title.in(language))).toList());
    }

    public void row(List<? extends Cell> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator.cells);
            }
            writer.write(format(cells.get(i), separator, language));
        }
        writer.write("\r\n");
    }

    /** Text; null is an empty cell. */
    public static Cell text(Object value) {
        return value == null ? null : new Text(value.toString());
    }

    /** A whole or decimal number as it is, without trailing zeros; null, NaN and infinities are empty cells. */
    public static Cell number(Number value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return null;
        }
        BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return new Decimal(decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros());
    }

    /** A decimal number rounded half up to a number of decimals, all written ({@code 0.300}); null is empty. */
    public static Cell number(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        return new Decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** An instant as Morocco's local date-time; null is an empty cell. */
    public static Cell dateTime(Instant value) {
        return value == null ? null : new DateTime(value);
    }

    public static Cell yesNo(boolean value) {
        return new YesNo(value);
    }

    /** The text of a cell in a file of this separator and language. */
    static String format(Cell cell, Separator separator, Language language) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Decimal decimal) {
            return decimal.value().toPlainString().replace('.', separator.decimalMark);
        }
        if (cell instanceof DateTime dateTime) {
            return DATE_TIME.format(dateTime.value().atZone(MOROCCO));
        }
        if (cell instanceof YesNo yesNo) {
            return quoted((yesNo.value() ? YES : NO).in(language), separator.cells);
        }
        return quoted(defused(((Text) cell).value()), separator.cells);
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text, char separator) {
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Flushes what is written; the stream itself belongs to the caller. */
    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
