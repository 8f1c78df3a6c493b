package ma.innovatice.account;

import java.util.Optional;

/**
 * Fired synchronously, inside the transaction that creates an account through registration or by an
 * administrator. An account made by an administrator carries the link token with which its owner sets
 * their first password.
 */
public record AccountCreated(Account account, Optional<PasswordTokens.Issued> passwordLink) {
}
