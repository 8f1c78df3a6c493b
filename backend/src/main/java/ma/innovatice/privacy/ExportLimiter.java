package ma.innovatice.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.config.InnovaticeConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One data export per account per interval ({@code innovatice.data-export.interval}): an export
 * reads every row and file of the person, so a loop of exports is refused with 429. Per process
 * (several API processes each allow one); bounded: accounts are forgotten an interval after their
 * export, and at most {@link #MAX_ACCOUNTS} are remembered.
 */
@ApplicationScoped
public class ExportLimiter {

    static final long MAX_ACCOUNTS = 100_000;

    private final Clock clock;
    private final Duration interval;
    private final Cache<Long, Instant> last;

    ExportLimiter(Clock clock, InnovaticeConfig config) {
        this.clock = clock;
        this.interval = config.dataExport().interval();
        this.last = Caffeine.newBuilder().maximumSize(MAX_ACCOUNTS).expireAfterWrite(interval)
                .executor(Runnable::run).build();
    }

    /** Counts an export of the account now, or refuses it (429) with the seconds to wait. */
    void acquire(long accountId) {
        Instant now = clock.instant();
        Instant[] refusedSince = new Instant[1];
        last.asMap().compute(accountId, (id, previous) -> {
            if (previous != null && previous.plus(interval).isAfter(now)) {
                refusedSince[0] = previous;
                return previous;
            }
            return now;
        });
        if (refusedSince[0] != null) {
            long wait = Math.max(1, Duration.between(now, refusedSince[0].plus(interval)).toSeconds() + 1);
            throw new ProblemException(new Problem("too-many-exports", "Export already made", 429,
                    "Your data were exported a moment ago; try again in " + wait + " seconds.").with("retryAfter", wait));
        }
    }
}
