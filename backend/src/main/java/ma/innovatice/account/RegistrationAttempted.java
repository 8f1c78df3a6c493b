package ma.innovatice.account;

/**
 * Fired synchronously, inside the transaction of a registration with the address of an account that
 * already exists and is confirmed: its owner is told (the caller is not).
 */
public record RegistrationAttempted(Account account) {
}
