package ma.innovatice.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Attempts counted per key (an account, a client address...) within a sliding window: past the
 * limit, the key must wait until its oldest counted attempt leaves the window. Each key keeps at most
 * {@code limit} instants, and the whole is bounded by weight (the instants kept, across keys): when
 * full, the keys least worth keeping are forgotten first, and a key is forgotten a window after its
 * last attempt. So a client that sends endless distinct keys cannot make it grow past the bound.
 */
final class AttemptWindow {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> attempts;

    AttemptWindow(int limit, Duration window, long maxWeight, Clock clock) {
        if (limit < 1 || maxWeight < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("An attempt window needs a positive limit, window and weight");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.attempts = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((String key, List<Instant> times) -> Math.max(1, times.size()))
                .expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    /** Seconds until the key may try again; 0 when it may now. */
    long retryAfter(String key) {
        List<Instant> times = attempts.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Instant> counted = times.stream().filter(t -> t.isAfter(now.minus(window)) && !t.isAfter(now)).toList();
        if (counted.size() < limit) {
            return 0;
        }
        Instant blocking = counted.get(counted.size() - limit);
        return Math.max(1, Duration.between(now, blocking.plus(window)).toSeconds() + 1);
    }

    /** Counts an attempt of the key now. */
    void record(String key) {
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        attempts.asMap().compute(key, (k, times) -> {
            List<Instant> kept = new ArrayList<>();
            if (times != null) {
                for (Instant t : times) {
                    if (t.isAfter(horizon)) {
                        kept.add(t);
                    }
                }
            }
            kept.add(now);
            // Only the latest `limit` attempts can decide a wait.
            return List.copyOf(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
        });
    }

    void clear(String key) {
        attempts.invalidate(key);
    }

    /** The keys retained, after pending evictions and expiries. */
    long trackedKeys() {
        attempts.cleanUp();
        return attempts.estimatedSize();
    }
}
