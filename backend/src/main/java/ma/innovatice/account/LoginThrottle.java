package ma.innovatice.account;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;

import java.time.Clock;

/**
 * Counts failed logins per account and per client address within a sliding window. Past a limit,
 * logins of that account or address are refused with 429 and the seconds to wait, before any
 * password is checked. A successful login clears the account's count.
 *
 * <p>The account is named by a key the caller resolves ({@link AccountService#throttleKey}): the
 * account's id when the email matches an account as the database matches emails (ignoring case and
 * accents, so {@code Téacher@…} counts for {@code teacher@…}), else the folded email; so an unknown
 * email is throttled exactly like a known one and the answer never tells which exists.
 *
 * <p>Wrong current passwords given to a password change are counted per account in the same way.
 *
 * <p>The counts live in this process's memory, bounded by weight ({@code innovatice.login.max-tracked}
 * instants per kind of key): they reset on restart, and each instance of a scaled-out API counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AttemptWindow accounts;
    private final AttemptWindow addresses;
    private final AttemptWindow passwordChanges;

    LoginThrottle(InnovaticeConfig config, Clock clock) {
        InnovaticeConfig.Login login = config.login();
        this.accounts = new AttemptWindow(login.maxFailuresPerAccount(), login.window(), login.maxTracked(), clock);
        this.addresses = new AttemptWindow(login.maxFailuresPerAddress(), login.window(), login.maxTracked(), clock);
        this.passwordChanges = new AttemptWindow(login.maxPasswordChangeFailures(), login.window(), login.maxTracked(),
                clock);
    }

    /**
     * Refuses (429) a password change of an account that gave too many wrong current passwords
     * within the window, before the password given is checked.
     */
    public void checkPasswordChange(long accountId) {
        long wait = passwordChanges.retryAfter(Long.toString(accountId));
        if (wait > 0) {
            throw tooManyAttempts("Too many wrong passwords",
                    "Too many wrong current passwords for this account; try again in " + duration(wait) + ".", wait);
        }
    }

    public void passwordChangeFailed(long accountId) {
        passwordChanges.record(Long.toString(accountId));
    }

    /** Refuses (429) when the account or the address has used up its failures. */
    public void check(String accountKey, String address) {
        long wait = Math.max(accounts.retryAfter(accountKey), addresses.retryAfter(address));
        if (wait > 0) {
            throw tooManyAttempts("Too many failed logins",
                    "Too many failed logins for this account or from this address; try again in " + duration(wait) + ".",
                    wait);
        }
    }

    public void failed(String accountKey, String address) {
        accounts.record(accountKey);
        addresses.record(address);
    }

    public void succeeded(String accountKey) {
        accounts.clear(accountKey);
    }

    /** Keys retained (accounts and addresses), after pending evictions. */
    long trackedKeys() {
        return accounts.trackedKeys() + addresses.trackedKeys();
    }

    /** A wait as a person reads it: whole minutes (rounded up) from a minute on, with the exact seconds. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return (minutes == 1 ? "1 minute" : minutes + " minutes") + " (" + seconds + " seconds)";
    }

    /** The 429 problem: the wait in its detail, in {@code retryAfter} and (by the mappers) in {@code Retry-After}. */
    static ProblemException tooManyAttempts(String title, String detail, long wait) {
        return new ProblemException(new Problem("too-many-attempts", title, 429, detail).with("retryAfter", wait));
    }
}
