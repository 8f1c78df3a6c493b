package ma.innovatice.account;

import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The registration brakes on their own: per address, for the platform, and within bounded memory. */
class RegistrationThrottleTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));

    private static InnovaticeConfig.Registration limits(int perAddress, int perHour, long maxTracked) {
        return new InnovaticeConfig.Registration() {
            @Override
            public int maxPerAddress() {
                return perAddress;
            }

            @Override
            public Duration addressWindow() {
                return Duration.ofHours(1);
            }

            @Override
            public int maxPerHour() {
                return perHour;
            }

            @Override
            public long maxTracked() {
                return maxTracked;
            }
        };
    }

    private static long retryAfter(ProblemException e) {
        return ((Number) e.problem().member("retryAfter")).longValue();
    }

    @Test
    void shouldRefuseAnAddressPastItsLimitUntilTheWindowHasPassed() {
        RegistrationThrottle throttle = new RegistrationThrottle(limits(3, 1000, 1000), clock);
        for (int i = 0; i < 3; i++) {
            throttle.admit("192.0.2.1");
        }
        assertThatThrownBy(() -> throttle.admit("192.0.2.1")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().getStatus()).isEqualTo(429);
            assertThat(retryAfter(e)).isBetween(3599L, 3601L);
        });
        throttle.admit("192.0.2.2");
        clock.advance(Duration.ofMinutes(61));
        throttle.admit("192.0.2.1");
    }

    @Test
    void shouldRefuseEveryoneOnceThePlatformHasHadItsRegistrationsOfTheHour() {
        RegistrationThrottle throttle = new RegistrationThrottle(limits(3, 10, 1000), clock);
        for (int i = 0; i < 10; i++) {
            throttle.admit("198.51.100." + i);
            clock.advance(Duration.ofSeconds(60));
        }
        assertThatThrownBy(() -> throttle.admit("198.51.100.200")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(retryAfter(e)).isBetween(1L, 3600L));
        clock.advance(Duration.ofMinutes(51));
        throttle.admit("198.51.100.200");
    }

    /** Finding: the counts had to stay bounded whatever number of addresses a client uses. */
    @Test
    void shouldKeepItsMemoryBoundedForEndlessDistinctAddresses() {
        long bound = 5_000;
        RegistrationThrottle throttle = new RegistrationThrottle(limits(10, Integer.MAX_VALUE, bound), clock);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 200_000; i++) {
                throttle.admit("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            }
        });
        assertThat(throttle.trackedAddresses()).isPositive().isLessThanOrEqualTo(bound);
    }
}
