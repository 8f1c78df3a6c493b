package ma.innovatice.retention;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.health.JobHeartbeats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Runs the evidence retention every {@code innovatice.retention.every} (6 hours by default; {@code off} stops it). */
@ApplicationScoped
class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class);
    private static final String JOB = "evidence-retention";

    private final EvidenceRetention retention;
    private final JobHeartbeats heartbeats;
    private final String every;

    RetentionScheduler(EvidenceRetention retention, JobHeartbeats heartbeats,
                       @ConfigProperty(name = "innovatice.retention.every") String every) {
        this.retention = retention;
        this.heartbeats = heartbeats;
        this.every = every;
    }

    void onStart(@Observes StartupEvent event) {
        heartbeats.expect(JOB, every);
    }

    @Scheduled(identity = JOB, every = "${innovatice.retention.every}", delayed = "90s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        heartbeats.run(JOB, every, () -> retention.run().filter(report -> report.files() > 0 || report.errors() > 0)
                .ifPresent(report -> LOG.infof("Evidence retention: %d files (%d bytes) erased in %d due editions, %d errors",
                        report.files(), report.bytes(), report.editions(), report.errors())));
    }
}
