package ma.innovatice.award;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 125 random bits in Crockford's base 32 (no I, L, O or U, so nothing is
 * misread), five groups of five, such as {@code 7KQ2M-9XHBR-...}. Reading a typed code ignores
 * case, spaces and dashes, and takes I and L for 1, O for 0.
 */
final class CertificateCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(29);
        for (int i = 0; i < 25; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }

    /** The canonical form of a typed code, or null when it cannot be one. */
    static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        if (!compact.matches("[0-9A-HJKMNP-TV-Z]{25}")) {
            return null;
        }
        StringBuilder code = new StringBuilder(29);
        for (int i = 0; i < 25; i += 5) {
            if (i > 0) {
                code.append('-');
            }
            code.append(compact, i, i + 5);
        }
        return code.toString();
    }
}
