package ma.innovatice.privacy;

/** Fired once an erasure is committed, for what keeps copies outside the database (caches). */
public record AccountErased(long accountId) {
}
