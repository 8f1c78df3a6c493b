package ma.innovatice.common.time;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French dates as French typography writes them: the first day of a month is an ordinal, "1er
 * février", the others plain numbers ("2 février"). java.time's "d" has no such form.
 */
public final class FrenchDates {

    private static final Map<Long, String> DAYS = new HashMap<>();

    static {
        for (long day = 1; day <= 31; day++) {
            DAYS.put(day, day == 1 ? "1er" : Long.toString(day));
        }
    }

    private FrenchDates() {
    }

    /** A French formatter: {@code before}, the day of the month ("1er", "2"...), then {@code after} (patterns). */
    public static DateTimeFormatter around(String before, String after) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        if (!before.isEmpty()) {
            builder.appendPattern(before);
        }
        return builder.appendText(ChronoField.DAY_OF_MONTH, DAYS).appendPattern(after).toFormatter(Locale.FRENCH);
    }
}
