package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.hamcrest.Matchers.equalTo;

/** Password guessing is slowed per account and per client address, without telling which emails exist. */
@QuarkusTest
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @Inject
    InnovaticeConfig config;

    @Inject
    Clock serverClock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    /** A fresh documentation address (RFC 5737) for each attempt, so only the account's count matters. */
    private static String anotherAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static Response login(String email, String password, String address) {
        return api().header("Accept-Language", "en").header("X-Forwarded-For", address).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void shouldRefuseAnAccountAfterTooManyFailuresUntilTheWindowHasPassed() {
        User teacher = fixtures.teacher();
        for (int i = 0; i < 5; i++) {
            login(teacher.email(), "wrong-password-" + i, anotherAddress()).then().statusCode(401);
        }
        Response refused = login(teacher.email(), Fixtures.PASSWORD, anotherAddress());
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/too-many-attempts"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L + 1);
        // The wait is in the problem too, for the client to say it, and its detail says it in minutes.
        assertThat(refused.jsonPath().getLong("retryAfter")).isEqualTo(retryAfter);
        assertThat(refused.jsonPath().getString("detail"))
                .contains("try again in " + (retryAfter + 59) / 60 + " minutes (" + retryAfter + " seconds)");

        // Upper case and spaces do not make another account.
        login("  " + teacher.email().toUpperCase() + " ", Fixtures.PASSWORD, anotherAddress()).then().statusCode(429);

        clock.pin(Instant.now().plus(Duration.ofMinutes(16)));
        login(teacher.email(), Fixtures.PASSWORD, anotherAddress()).then().statusCode(200);
    }

    /**
     * Finding: accent variants of an email ({@code téacher…}) were separate counters for one account
     * (the database's collation ignores accents, so each variant reached the same account).
     */
    @Test
    void shouldCountEveryAccentOrCaseVariantOfAnEmailForItsAccount() {
        User teacher = fixtures.teacher();
        String[] variants = {
                "t\u00e9" + teacher.email().substring(2),
                "T\u00c9" + teacher.email().substring(2),
                "T\u00c9" + teacher.email().substring(2).toUpperCase(),
                "t\u00ea" + teacher.email().substring(2).toUpperCase(),
                "t\u00e8" + teacher.email().substring(2)};
        for (String variant : variants) {
            login(variant, "wrong-password-1", anotherAddress()).then().statusCode(401);
        }
        login(teacher.email(), Fixtures.PASSWORD, anotherAddress()).then().statusCode(429);
    }

    @Test
    void shouldCountAnUnknownEmailUnderItsFoldedForm() {
        String unknown = "inconnu-" + UUID.randomUUID() + "@test.innovatice.ma";
        for (int i = 0; i < 5; i++) {
            String variant = i % 2 == 0 ? "inconn\u00fc" + unknown.substring(7) : unknown.toUpperCase();
            login(variant, "wrong-password-1", anotherAddress()).then().statusCode(401);
        }
        login(unknown, "wrong-password-1", anotherAddress()).then().statusCode(429);
    }

    /**
     * Finding: an anonymous client sending failures for endless distinct emails (and addresses) grew
     * the throttle's memory without bound.
     */
    @Test
    void shouldKeepItsMemoryBoundedUnderFailuresForEndlessDistinctEmails() {
        LoginThrottle throttle = new LoginThrottle(config, serverClock);
        long bound = config.login().maxTracked();
        int failures = 200_000;
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < failures; i++) {
                throttle.failed("email:random-" + i + "@example.com", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            }
        });
        long tracked = throttle.trackedKeys();
        // Two counts (accounts and addresses), each bounded by weight.
        assertThat(tracked).isPositive().isLessThanOrEqualTo(2 * bound);
        // The latest keys are still counted.
        for (int i = 0; i < 4; i++) {
            throttle.failed("email:last@example.com", "192.0.2.1");
        }
        throttle.failed("email:last@example.com", "192.0.2.2");
        assertThatThrownBy(() -> throttle.check("email:last@example.com", "192.0.2.3"))
                .isInstanceOf(ma.innovatice.common.error.ProblemException.class);
        ReliabilityReport.write("account-throttles", "Login throttle memory under distinct failures", List.of(
                failures + " failures for distinct emails from distinct addresses, sent to the throttle",
                "keys retained afterwards: " + tracked + " (bound " + bound + " instants per count, two counts)",
                "an account failing 5 times after the flood is still refused"));
    }

    @Test
    void shouldAnswerAnUnknownEmailExactlyAsAKnownOne() {
        User teacher = fixtures.teacher();
        String unknown = "nobody-" + UUID.randomUUID() + "@test.innovatice.ma";
        for (int i = 0; i < 5; i++) {
            Response known = login(teacher.email(), "wrong-password", anotherAddress());
            Response missing = login(unknown, "wrong-password", anotherAddress());
            assertThat(missing.statusCode()).isEqualTo(known.statusCode()).isEqualTo(401);
            assertThat(missing.jsonPath().getString("detail")).isEqualTo(known.jsonPath().getString("detail"));
        }
        Response known = login(teacher.email(), "wrong-password", anotherAddress());
        Response missing = login(unknown, "wrong-password", anotherAddress());
        assertThat(known.statusCode()).isEqualTo(429);
        assertThat(missing.statusCode()).isEqualTo(429);
        assertThat(missing.jsonPath().getString("type")).isEqualTo(known.jsonPath().getString("type"));
    }

    @Test
    void shouldClearTheAccountCountOnASuccessfulLogin() {
        User teacher = fixtures.teacher();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                login(teacher.email(), "wrong-password", anotherAddress()).then().statusCode(401);
            }
            login(teacher.email(), Fixtures.PASSWORD, anotherAddress()).then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAnAddressThatTriesTooManyAccounts() {
        String address = anotherAddress();
        for (int i = 0; i < 20; i++) {
            login("guess-" + i + "-" + UUID.randomUUID() + "@test.innovatice.ma", "wrong-password", address)
                    .then().statusCode(401);
        }
        User teacher = fixtures.teacher();
        login(teacher.email(), Fixtures.PASSWORD, address).then().statusCode(429);
        login(teacher.email(), Fixtures.PASSWORD, anotherAddress()).then().statusCode(200);
    }
}
