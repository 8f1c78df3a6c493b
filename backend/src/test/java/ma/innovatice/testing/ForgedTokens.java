package ma.innovatice.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Tokens altered after signing, as an attacker would try. */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The token with {@code from} replaced by {@code to} in its claims, keeping its header and signature. */
    public static String withClaimsEdited(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
