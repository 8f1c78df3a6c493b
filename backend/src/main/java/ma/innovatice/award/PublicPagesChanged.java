package ma.innovatice.award;

/**
 * Fired inside a transaction that changes what a public page shows (a gallery consent given or
 * revoked): once the transaction ends, {@link PublicPagesCache} forgets every kept page.
 */
public record PublicPagesChanged(String why) {
}
