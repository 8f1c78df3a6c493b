package ma.innovatice.account;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.health.JobHeartbeats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the recorded password-reset requests into emails, away from the requests themselves, so
 * that asking for an address with an account and for one without does the same work while the
 * caller waits.
 */
@ApplicationScoped
public class PasswordResetRequests {

    static final int BATCH = 200;

    private final AccountService accounts;

    private final JobHeartbeats heartbeats;
    private final String every;

    PasswordResetRequests(AccountService accounts, JobHeartbeats heartbeats,
                          @ConfigProperty(name = "innovatice.mail.reset-requests-every") String every) {
        this.accounts = accounts;
        this.heartbeats = heartbeats;
        this.every = every;
    }

    void onStart(@Observes StartupEvent event) {
        heartbeats.expect("password-reset-requests", every);
    }

    @Scheduled(identity = "password-reset-requests", every = "${innovatice.mail.reset-requests-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        heartbeats.run("password-reset-requests", every, this::process);
    }

    /** Handles every waiting request; returns how many. */
    public int process() {
        int total = 0;
        int handled;
        do {
            handled = accounts.processResetRequests(BATCH);
            total += handled;
        } while (handled == BATCH);
        return total;
    }
}
