package ma.innovatice.common.security;

import java.time.Instant;

/**
 * The caller's own account as the account check of {@code GET /api/me} read it, in the same statement
 * ({@link ActiveAccountAugmentor}): that page shows it as read, without reading the account again.
 * Never the password hash.
 */
public record SignedInAccount(long id, String email, String firstName, String lastName, String role,
                              String preferredLanguage, String regionCode, String schoolName, String schoolLevel,
                              String discipline, String phone, boolean remindersEnabled, Integer privacyNoticeVersion,
                              Instant privacyAcceptedAt, Instant createdAt, Instant erasedAt) {

    /** The identity attribute that carries it. */
    public static final String ATTRIBUTE = "innovatice.signed-in-account";
}
