package ma.innovatice.common.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Morocco's offsets from UTC as the Java runtime's time-zone data knows them, for a bounded window: the
 * web client reads its wall clock from them rather than from a browser's data, which may be old.
 */
@ApplicationScoped
public class MoroccoTimeZone {

    /** Before the first edition of the competition (2004): every instant the platform holds is after it. */
    public static final Instant WINDOW_START = Instant.parse("2004-01-01T00:00:00Z");

    /** Years after the current one that the window reaches: 1 January of the sixth year, so at least five years ahead. */
    static final int YEARS_AHEAD = 6;

    /** The offset in force at {@code from}, then each change of offset after it and before {@code until}. */
    public record Rules(String zone, String tzdataVersion, Instant from, Instant until, int offsetSeconds, List<Transition> transitions) {
    }

    public record Transition(Instant at, int offsetSeconds) {
    }

    private final Clock clock;
    /** The answer of the current year, worked out once (the same for every caller until the year turns). */
    private volatile Kept kept;

    private record Kept(int year, Rules rules) {
    }

    MoroccoTimeZone(Clock clock) {
        this.clock = clock;
    }

    /** The window of today's answer: from {@link #WINDOW_START} to 1 January of the sixth year after the current one (or the end of a Ramadan then). */
    public Rules current() {
        int year = LocalDate.ofInstant(clock.instant(), ClockProducer.MOROCCO).getYear();
        Kept now = kept;
        if (now == null || now.year() != year) {
            now = new Kept(year, between(WINDOW_START, LocalDate.of(year + YEARS_AHEAD, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            kept = now;
        }
        return now.rules();
    }

    /**
     * The rules from {@code from} to {@code end}, or, when Morocco is on its Ramadan time (UTC+0) at
     * {@code end}, to the day after that time ends: past {@code until}, the clients keep the last offset,
     * which is then the one of the rest of the year. The client's built-in table is this for its own window.
     */
    public static Rules between(Instant from, Instant end) {
        ZoneRules rules = ClockProducer.MOROCCO.getRules();
        ZoneOffsetTransition afterEnd = rules.nextTransition(end);
        Instant until = afterEnd != null && afterEnd.isGap() ? afterEnd.getInstant().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS) : end;
        List<Transition> transitions = new ArrayList<>();
        for (ZoneOffsetTransition next = rules.nextTransition(from);
                next != null && next.getInstant().isBefore(until); next = rules.nextTransition(next.getInstant())) {
            transitions.add(new Transition(next.getInstant(), next.getOffsetAfter().getTotalSeconds()));
        }
        return new Rules(ClockProducer.MOROCCO.getId(), tzdataVersion(), from, until, rules.getOffset(from).getTotalSeconds(),
                List.copyOf(transitions));
    }

    /** The IANA release of the runtime's data for the zone (e.g. 2025a). */
    static String tzdataVersion() {
        return ZoneRulesProvider.getVersions(ClockProducer.MOROCCO.getId()).lastKey();
    }
}
