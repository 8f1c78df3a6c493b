package ma.innovatice.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.innovatice.common.db.JobLeases;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background jobs (outbox, reminders, retention, password-reset requests) report each run here.
 * A job that has not finished a run for three of its periods (at least two minutes) is overdue:
 * its thread is stuck or dead, and {@link BackgroundJobsCheck} turns DOWN, liveness and readiness alike, so
 * that the process is taken out of service and restarted instead of silently not sending mail.
 * A run that throws a fatal error stops the process ({@link FatalErrors}); an ordinary failure (the
 * database away for a while) still counts as a finished run, and the next run tries again.
 * <p>
 * A scheduled round runs in one process only: it first claims the job's lease ({@link JobLeases}),
 * due once per period across every process sharing the database; a process that finds the round
 * taken or already run elsewhere counts it as finished (the job is alive, only not here).
 */
@ApplicationScoped
public class JobHeartbeats {

    private static final Duration MIN_GRACE = Duration.ofMinutes(2);

    private static final Duration MIN_HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_HOLD = Duration.ofMinutes(30);

    private final Map<String, JobState> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    /** Null in unit tests of the health logic alone: every round runs. */
    private final JobLeases leases;

    /** Real time, never the application's clock (which tests move): health is about now. */
    @Inject
    JobHeartbeats(JobLeases leases) {
        this(Clock.systemUTC(), leases);
    }

    JobHeartbeats(Clock clock) {
        this(clock, null);
    }

    JobHeartbeats(Clock clock, JobLeases leases) {
        this.clock = clock;
        this.leases = leases;
    }

    /** Runs one round of {@code name}, a job scheduled every {@code every} ("5s", "15m", "1h"; "off": none). */
    public void run(String name, String every, Runnable round) {
        Optional<Duration> period = period(every);
        if (period.isEmpty()) {
            round.run();
            return;
        }
        JobState state = jobs.computeIfAbsent(name, n -> new JobState(period.get(), clock.instant()));
        try {
            if (leases == null) {
                round.run();
            } else {
                // Held for three periods (2 to 30 minutes): past it, a process that died mid-round gives way.
                Duration hold = max(period.get().multipliedBy(3), MIN_HOLD);
                hold = hold.compareTo(MAX_HOLD) > 0 ? MAX_HOLD : hold;
                Optional<JobLeases.Lease> lease = leases.claimRound(name, period.get(), hold);
                if (lease.isPresent()) {
                    try (JobLeases.Lease held = lease.get()) {
                        round.run();
                    }
                }
            }
            state.finished(clock.instant(), null);
        } catch (VirtualMachineError fatal) {
            FatalErrors.stop("job " + name, fatal);
            throw fatal;
        } catch (RuntimeException e) {
            if (JobLeases.lostToAnother(e)) {
                // Another process wrote the same rows at the same moment (on Galera, a lost certification):
                // its round did the work, this one is skipped; the next round tries again.
                state.finished(clock.instant(), null);
                return;
            }
            state.finished(clock.instant(), e.getClass().getSimpleName());
            throw e;
        }
    }

    /** Registers a job as expected to run (at start), so that a job that never runs is seen too. */
    public void expect(String name, String every) {
        period(every).ifPresent(p -> jobs.computeIfAbsent(name, n -> new JobState(p, clock.instant())));
    }

    /** UP while every job finishes its rounds in time; DOWN naming the overdue ones. */
    public HealthCheckResponse status() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("background-jobs").up();
        jobs.forEach((name, state) -> {
            Instant since = state.lastFinished == null ? state.registeredAt : state.lastFinished;
            Duration allowed = max(state.every.multipliedBy(3), MIN_GRACE);
            boolean overdue = Duration.between(since, now).compareTo(allowed) > 0;
            response.withData(name, overdue ? "overdue since " + since : state.lastFinished == null ? "waiting for its first run"
                    : "last run " + state.lastFinished + (state.lastFailure == null ? "" : " (failed: " + state.lastFailure + ")"));
            if (overdue) {
                response.down();
            }
        });
        return response.build();
    }

    /** The period of a Quarkus {@code every} expression in its simple forms; empty for "off" or unknown forms. */
    static Optional<Duration> period(String every) {
        if (every == null) {
            return Optional.empty();
        }
        String text = every.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("off") || text.equals("disabled")) {
            return Optional.empty();
        }
        try {
            if (text.startsWith("p")) {
                return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
            }
            char unit = text.charAt(text.length() - 1);
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (unit) {
                case 's' -> Optional.of(Duration.ofSeconds(amount));
                case 'm' -> Optional.of(Duration.ofMinutes(amount));
                case 'h' -> Optional.of(Duration.ofHours(amount));
                case 'd' -> Optional.of(Duration.ofDays(amount));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static final class JobState {
        final Duration every;
        final Instant registeredAt;
        volatile Instant lastFinished;
        volatile String lastFailure;

        JobState(Duration every, Instant registeredAt) {
            this.every = every;
            this.registeredAt = registeredAt;
        }

        void finished(Instant at, String failure) {
            lastFinished = at;
            lastFailure = failure;
        }
    }
}
