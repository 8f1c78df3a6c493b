package ma.innovatice.award;

/**
 * Fired inside a transaction that changes what a public page shows (a gallery consent given or
 * revoked, an author erased and her projects anonymised): once the transaction ends,
 * {@link PublicPagesCache} forgets every kept page.
 */
public record PublicPagesChanged(String why) {
}
