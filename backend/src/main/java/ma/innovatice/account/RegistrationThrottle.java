package ma.innovatice.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.innovatice.common.config.InnovaticeConfig;

import java.time.Clock;

/**
 * Brakes on self-registration: a number per client address within a window, and a number for the
 * whole platform per hour; past either, 429 with the seconds to wait. Every registration counts,
 * whatever its outcome (the answer does not tell it anyway). In memory, bounded by weight.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private final AttemptWindow perAddress;
    private final PlatformCount platform;

    @Inject
    RegistrationThrottle(InnovaticeConfig config, Clock clock) {
        this(config.registration(), clock);
    }

    RegistrationThrottle(InnovaticeConfig.Registration registration, Clock clock) {
        this.perAddress = new AttemptWindow(registration.maxPerAddress(), registration.addressWindow(),
                registration.maxTracked(), clock);
        this.platform = new PlatformCount(registration.maxPerHour(), clock);
    }

    /** Refuses (429) when the address or the platform has used up its registrations, else counts this one. */
    public void admit(String address) {
        long wait = perAddress.retryAfter(address);
        if (wait == 0) {
            wait = platform.retryAfter();
        }
        if (wait > 0) {
            throw LoginThrottle.tooManyAttempts("Too many registrations",
                    "Too many registrations from this address or on the platform; try again in "
                            + LoginThrottle.duration(wait) + ".", wait);
        }
        perAddress.record(address);
        platform.record();
    }

    long trackedAddresses() {
        return perAddress.trackedKeys();
    }

    /** Registrations of the platform in the last 60 minutes, counted per minute (a fixed, small memory). */
    static final class PlatformCount {

        private static final int MINUTES = 60;

        private final int limit;
        private final Clock clock;
        private final long[] minute = new long[MINUTES];
        private final int[] count = new int[MINUTES];

        PlatformCount(int limit, Clock clock) {
            this.limit = limit;
            this.clock = clock;
        }

        synchronized long retryAfter() {
            long nowSeconds = clock.instant().getEpochSecond();
            long current = nowSeconds / 60;
            long total = 0;
            long oldest = Long.MAX_VALUE;
            for (int i = 0; i < MINUTES; i++) {
                if (count[i] > 0 && minute[i] > current - MINUTES && minute[i] <= current) {
                    total += count[i];
                    oldest = Math.min(oldest, minute[i]);
                }
            }
            if (total < limit) {
                return 0;
            }
            return Math.max(1, (oldest + MINUTES) * 60 - nowSeconds);
        }

        synchronized void record() {
            long current = clock.instant().getEpochSecond() / 60;
            int slot = (int) Math.floorMod(current, (long) MINUTES);
            if (minute[slot] != current) {
                minute[slot] = current;
                count[slot] = 0;
            }
            count[slot]++;
        }
    }
}
