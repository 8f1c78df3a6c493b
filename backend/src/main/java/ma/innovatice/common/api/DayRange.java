package ma.innovatice.common.api;

import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The filter "from this day to that day" of a list: calendar days in Morocco (Africa/Casablanca), both
 * included, as the instants [start of the first day, start of the day after the last). Either end may
 * be open (null).
 */
public record DayRange(Instant from, Instant until) {

    /** The query parameters, by name: a day that does not exist or a range that ends before it starts is a 400. */
    public static DayRange of(String fromName, String from, String toName, String to) {
        LocalDate first = day(fromName, from);
        LocalDate last = day(toName, to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.invalid(toName, "must not be before " + fromName);
        }
        return new DayRange(first == null ? null : first.atStartOfDay(ClockProducer.MOROCCO).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ClockProducer.MOROCCO).toInstant());
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a calendar date YYYY-MM-DD");
        }
    }
}
