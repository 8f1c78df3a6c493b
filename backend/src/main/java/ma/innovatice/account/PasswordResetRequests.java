package ma.innovatice.account;

import io.quarkus.scheduler.Scheduled;
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

    PasswordResetRequests(AccountService accounts) {
        this.accounts = accounts;
    }

    @Scheduled(identity = "password-reset-requests", every = "${innovatice.mail.reset-requests-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        process();
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
