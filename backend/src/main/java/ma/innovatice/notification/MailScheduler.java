package ma.innovatice.notification;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import ma.innovatice.common.health.JobHeartbeats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The recurring jobs: drain the outbox, compute due reminders, erase the content of expired emails.
 * Each can be turned off with {@code off}.
 */
@ApplicationScoped
class MailScheduler {

    private static final Logger LOG = Logger.getLogger(MailScheduler.class);

    private final OutboxWorker worker;
    private final Reminders reminders;
    private final MailSender sender;
    private final OutboxRetention retention;

    private final JobHeartbeats heartbeats;
    private final String workerEvery;
    private final String remindersEvery;
    private final String retentionEvery;

    MailScheduler(OutboxWorker worker, Reminders reminders, MailSender sender, OutboxRetention retention,
                  JobHeartbeats heartbeats,
                  @ConfigProperty(name = "innovatice.mail.worker.every") String workerEvery,
                  @ConfigProperty(name = "innovatice.mail.reminders.every") String remindersEvery,
                  @ConfigProperty(name = "innovatice.mail.outbox-retention-every") String retentionEvery) {
        this.worker = worker;
        this.reminders = reminders;
        this.sender = sender;
        this.retention = retention;
        this.heartbeats = heartbeats;
        this.workerEvery = workerEvery;
        this.remindersEvery = remindersEvery;
        this.retentionEvery = retentionEvery;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Outgoing mail: %s", sender.describe());
        heartbeats.expect("outbox-worker", workerEvery);
        heartbeats.expect("reminders", remindersEvery);
        heartbeats.expect("outbox-retention", retentionEvery);
    }

    @Scheduled(identity = "outbox-worker", every = "${innovatice.mail.worker.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainOutbox() {
        heartbeats.run("outbox-worker", workerEvery, worker::drain);
    }

    @Scheduled(identity = "reminders", every = "${innovatice.mail.reminders.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void computeReminders() {
        heartbeats.run("reminders", remindersEvery, reminders::run);
    }

    @Scheduled(identity = "outbox-retention", every = "${innovatice.mail.outbox-retention-every}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseExpiredMail() {
        heartbeats.run("outbox-retention", retentionEvery, () -> {
            int erased = retention.eraseExpired();
            if (erased > 0) {
                LOG.infof("Erased the content of %d emails past their retention", erased);
            }
        });
    }
}
