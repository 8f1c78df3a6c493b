package ma.innovatice.notification;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
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

    MailScheduler(OutboxWorker worker, Reminders reminders, MailSender sender, OutboxRetention retention) {
        this.worker = worker;
        this.reminders = reminders;
        this.sender = sender;
        this.retention = retention;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Outgoing mail: %s", sender.describe());
    }

    @Scheduled(identity = "outbox-worker", every = "${innovatice.mail.worker.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainOutbox() {
        worker.drain();
    }

    @Scheduled(identity = "reminders", every = "${innovatice.mail.reminders.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void computeReminders() {
        reminders.run();
    }

    @Scheduled(identity = "outbox-retention", every = "${innovatice.mail.outbox-retention-every}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseExpiredMail() {
        int erased = retention.eraseExpired();
        if (erased > 0) {
            LOG.infof("Erased the content of %d emails past their retention", erased);
        }
    }
}
