package ma.innovatice.common.db;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round of a job is taken by one process at a time and once per period across processes; the
 * row's expiry hands a job over when its holder died.
 */
@QuarkusTest
class JobLeasesTest {

    @Inject
    JobLeases leases;

    @Inject
    Fixtures fixtures;

    private static String job() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldGiveARoundToOneTakerAndTheNextOnlyWhenDue() {
        String job = job();
        Optional<JobLeases.Lease> first = leases.claimRound(job, Duration.ofHours(1), Duration.ofMinutes(2));
        assertThat(first).isPresent();
        // Held: nobody else takes it, not even to hold it.
        assertThat(leases.claimRound(job, Duration.ofHours(1), Duration.ofMinutes(2))).isEmpty();
        assertThat(leases.hold(job, Duration.ofMinutes(2))).isEmpty();
        first.get().close();
        // Released, but the round of this hour was run: the next is due in an hour.
        assertThat(leases.claimRound(job, Duration.ofHours(1), Duration.ofMinutes(2))).isEmpty();
        fixtures.execute("UPDATE job_lease SET next_run_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE name = ?", job);
        assertThat(leases.claimRound(job, Duration.ofHours(1), Duration.ofMinutes(2))).isPresent();
    }

    @Test
    void shouldHandAJobOverWhenItsHoldersLeaseExpired() {
        String job = job();
        Optional<JobLeases.Lease> stuck = leases.hold(job, Duration.ofMinutes(2));
        assertThat(stuck).isPresent();
        assertThat(leases.hold(job, Duration.ofMinutes(2))).isEmpty();
        // Its holder hangs past its lease: the job goes to another taker.
        fixtures.execute("UPDATE job_lease SET lease_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE name = ?", job);
        Optional<JobLeases.Lease> next = leases.hold(job, Duration.ofMinutes(2));
        assertThat(next).isPresent();
        // The old holder's late release does not free the new holder's lease.
        stuck.get().close();
        assertThat(leases.hold(job, Duration.ofMinutes(2))).isEmpty();
        next.get().close();
        assertThat(leases.hold(job, Duration.ofMinutes(2))).isPresent();
    }
}
