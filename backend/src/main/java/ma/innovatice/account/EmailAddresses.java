package ma.innovatice.account;

import java.text.Normalizer;
import java.util.Locale;

/** What the application accepts as an email address, and the form under which two spellings are one. */
public final class EmailAddresses {

    /**
     * ASCII only: look-alike letters of other scripts (a Cyrillic "а" for a Latin "a") cannot make a
     * second account that reads as another's; a domain name in another script is given as its
     * punycode ({@code xn--...}).
     */
    public static final String ASCII = "^[ -~]*$";

    public static final String ASCII_MESSAGE = "must contain only ASCII characters (a domain in another script is "
            + "written as its punycode, xn--...)";

    private EmailAddresses() {
    }

    /**
     * The address as the database compares emails (its collation ignores case and accents):
     * compatibility-decomposed, stripped of combining marks, case-folded and trimmed. So
     * {@code Téacher@X.ma} and {@code teacher@x.ma} fold to the same text.
     */
    public static String fold(String email) {
        if (email == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(email.strip(), Normalizer.Form.NFKD);
        String unmarked = decomposed.replaceAll("\\p{M}+", "");
        return unmarked.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).strip();
    }
}
