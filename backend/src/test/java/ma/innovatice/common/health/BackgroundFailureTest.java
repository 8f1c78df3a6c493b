package ma.innovatice.common.health;

import ma.innovatice.testing.ManualClock;
import ma.innovatice.testing.ReliabilityReport;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The process does not run on half-dead: an OutOfMemoryError in any thread or job stops it (exit 3),
 * and a background job that stops running turns the health check DOWN.
 */
class BackgroundFailureTest {

    private static final List<String> REPORT = new ArrayList<>();
    private final List<Integer> halts = new CopyOnWriteArrayList<>();
    private IntConsumer previousHalt;

    @BeforeEach
    void observeHalts() {
        previousHalt = FatalErrors.replaceHalt(halts::add);
        FatalErrors.install();
    }

    @AfterEach
    void restoreHalt() {
        FatalErrors.replaceHalt(previousHalt);
    }

    @Test
    void anOutOfMemoryErrorInAnyThreadStopsTheProcess() throws InterruptedException {
        Thread scheduler = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "mail-scheduler-like");
        scheduler.start();
        scheduler.join(10_000);
        assertThat(halts).containsExactly(FatalErrors.EXIT_CODE);

        Thread ordinary = new Thread(() -> {
            throw new IllegalStateException("an ordinary bug");
        }, "ordinary");
        ordinary.start();
        ordinary.join(10_000);
        assertThat(halts).hasSize(1);
        assertThat(FatalErrors.isFatal(new RuntimeException(new StackOverflowError()))).isTrue();
        REPORT.add("an OutOfMemoryError reaching the top of a thread stops the process with exit 3; an ordinary exception does not");
    }

    @Test
    void anOutOfMemoryErrorInAJobStopsTheProcess() {
        JobHeartbeats jobs = new JobHeartbeats(Clock.systemUTC());
        assertThatThrownBy(() -> jobs.run("outbox-worker", "5s", () -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(halts).containsExactly(FatalErrors.EXIT_CODE);
        REPORT.add("an OutOfMemoryError inside a scheduled job (caught by the scheduler otherwise) stops the process with exit 3");
    }

    @Test
    void aRoundThatLostARaceToAnotherProcessIsSkippedNotFailed() {
        JobHeartbeats jobs = new JobHeartbeats(Clock.systemUTC());
        // On Galera, two nodes writing the same rows: the later commit loses certification (error 1213).
        jobs.run("outbox-worker", "5s", () -> {
            throw new IllegalStateException(new java.sql.SQLException("Deadlock found when trying to get lock", "40001", 1213));
        });
        assertThat(jobs.status().getData().orElseThrow().get("outbox-worker").toString()).doesNotContain("failed");
        assertThatThrownBy(() -> jobs.run("outbox-worker", "5s", () -> {
            throw new IllegalStateException(new java.sql.SQLException("Unknown column", "42S22", 1054));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jobs.status().getData().orElseThrow().get("outbox-worker").toString()).contains("failed");
    }

    @Test
    void aJobThatStopsRunningTurnsHealthDown() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
        JobHeartbeats jobs = new JobHeartbeats(clock);
        jobs.expect("outbox-worker", "5s");
        jobs.expect("reminders", "15m");
        jobs.expect("never", "off");
        assertThat(jobs.status().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        clock.advance(Duration.ofSeconds(60));
        jobs.run("outbox-worker", "5s", () -> { });
        // A failed round (the database away) still counts as a round: no restart for an outage.
        clock.advance(Duration.ofSeconds(60));
        assertThatThrownBy(() -> jobs.run("outbox-worker", "5s", () -> {
            throw new IllegalStateException("database unreachable");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jobs.status().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        // The worker's thread is gone or stuck: nothing finishes for more than two minutes.
        clock.advance(Duration.ofMinutes(3));
        HealthCheckResponse stalled = jobs.status();
        assertThat(stalled.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(stalled.getData().orElseThrow().get("outbox-worker").toString()).startsWith("overdue");
        assertThat(stalled.getData().orElseThrow()).doesNotContainKey("never");

        jobs.run("outbox-worker", "5s", () -> { });
        assertThat(jobs.status().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(halts).isEmpty();
        REPORT.add("a background job with no finished round for 3 periods (at least 2 min) turns liveness and readiness DOWN; "
                + "a round that fails on an outage does not");
    }

    @Test
    void readsTheSchedulesPeriods() {
        assertThat(JobHeartbeats.period("5s")).contains(Duration.ofSeconds(5));
        assertThat(JobHeartbeats.period("15m")).contains(Duration.ofMinutes(15));
        assertThat(JobHeartbeats.period("1h")).contains(Duration.ofHours(1));
        assertThat(JobHeartbeats.period("PT30S")).contains(Duration.ofSeconds(30));
        assertThat(JobHeartbeats.period("off")).isEmpty();
        assertThat(JobHeartbeats.period("0 0 * * * ?")).isEmpty();
    }

    @AfterAll
    static void report() {
        ReliabilityReport.write("attack-fatal", "Fatal errors and dead workers", REPORT);
    }
}
