package ma.innovatice.account;

/** Fired synchronously, inside the transaction that issued a password-reset token for an enabled account. */
public record PasswordResetRequested(Account account, PasswordTokens.Issued token) {
}
