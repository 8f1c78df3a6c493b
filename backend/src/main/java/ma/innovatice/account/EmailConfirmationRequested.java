package ma.innovatice.account;

/** Fired synchronously, inside the transaction of a registration that issued a confirmation link for the account. */
public record EmailConfirmationRequested(Account account, PasswordTokens.Issued token) {
}
