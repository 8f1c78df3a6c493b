package ma.innovatice.account;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account (by the email typed, whether or not it exists, so the answer
 * never tells) and per client address within a sliding window. Past a limit, logins of that
 * account or address are refused with 429 and the seconds to wait, before any password is checked.
 * A successful login clears the account's count. The counts live in this process's memory: they
 * reset on restart, and each instance of a scaled-out API counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Above this many tracked keys, expired ones are swept on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final InnovaticeConfig.Login config;
    private final Clock clock;

    LoginThrottle(InnovaticeConfig config, Clock clock) {
        this.config = config.login();
        this.clock = clock;
    }

    /** Refuses (429) when the account or the address has used up its failures. */
    public void check(String email, String address) {
        Instant now = clock.instant();
        long wait = Math.max(retryAfter(accountKey(email), config.maxFailuresPerAccount(), now),
                retryAfter(addressKey(address), config.maxFailuresPerAddress(), now));
        if (wait > 0) {
            throw new ProblemException(new Problem("too-many-attempts", "Too many failed logins", 429,
                    "Too many failed logins for this account or from this address; try again in " + wait + " seconds.")
                    .with("retryAfter", wait));
        }
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), now);
        record(addressKey(address), now);
        if (failures.size() > SWEEP_ABOVE) {
            Instant horizon = now.minus(config.window());
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    e.getValue().removeIf(t -> !t.isAfter(horizon));
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    /** Seconds until the key may try again (0 when it may now). */
    private long retryAfter(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Duration window = config.window();
        synchronized (times) {
            Instant horizon = now.minus(window);
            times.removeIf(t -> !t.isAfter(horizon) || t.isAfter(now));
            if (times.size() < limit) {
                return 0;
            }
            // The oldest failure that keeps the count at the limit must leave the window.
            Instant blocking = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Math.max(1, Duration.between(now, blocking.plus(window)).toSeconds() + 1);
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
