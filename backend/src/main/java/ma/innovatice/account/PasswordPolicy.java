package ma.innovatice.account;

import ma.innovatice.common.error.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords have at least 10 characters with a letter and a digit, at most 72 bytes (what bcrypt
 * reads), and are not guessable from a short list or from the person:
 * <ul>
 * <li>not a common password: once the digits and symbols at both ends are taken off (and the usual
 *     look-alike digits inside read as letters: {@code p@ssw0rd}), the rest is not one of the common
 *     bases below, nor one repeated, nor shorter than 4 characters ({@code Password2024!},
 *     {@code azerty123456}, {@code x123456789});</li>
 * <li>not made of a few runs of one repeated character or of consecutive characters
 *     ({@code aaaaaaaaa1}, {@code abcdefgh12});</li>
 * <li>does not contain the local part of the email or the first or last name (3 letters or more).</li>
 * </ul>
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    static final String TOO_SHORT = "must have at least " + MIN_LENGTH + " characters";
    static final String TOO_LONG = "must be at most " + MAX_BYTES + " bytes long in UTF-8";
    static final String LETTER_AND_DIGIT = "must contain at least one letter and one digit";
    static final String COMMON = "is a common password: choose a less predictable one";
    static final String TRIVIAL = "must not be made of repeated or consecutive characters";
    static final String PERSONAL = "must not contain your email address or your name";

    /** Common bases of passwords, in French, English and transliterated Arabic (lower case, letters only). */
    private static final Set<String> COMMON_BASES = Set.of(
            "password", "passwort", "pass", "motdepasse", "mdp", "secret", "changeme", "letmein", "welcome",
            "bienvenue", "azerty", "azertyuiop", "qwerty", "qwertyuiop", "qwertz", "asdf", "asdfgh", "azer",
            "abc", "abcd", "abcdef", "abcdefgh", "admin", "administrator", "administrateur", "root", "user",
            "utilisateur", "login", "test", "demo", "guest", "master", "innovatice", "innovation", "maroc",
            "morocco", "marocain", "marocaine", "maghreb", "casablanca", "casa", "rabat", "marrakech", "fes",
            "tanger", "agadir", "oujda", "bonjour", "salut", "salam", "soleil", "amour", "jetaime", "iloveyou",
            "love", "chocolat", "princesse", "princess", "sunshine", "football", "wydad", "raja", "dragon",
            "monkey", "superman", "batman", "enseignant", "enseignante", "professeur", "prof", "ecole", "school",
            "teacher", "student", "etudiant", "eleve", "allah", "bismillah", "alhamdulillah", "hamdoulah",
            "inchallah", "mashallah", "habibi", "habiba", "mohamed", "mohammed", "muhammad", "ahmed", "fatima",
            "fatimazahra", "youssef", "amine", "khadija", "nadia");

    private PasswordPolicy() {
    }

    /** The policy without a person (the first administrator, from configuration). */
    public static Optional<FieldError> check(String field, String password) {
        return check(field, password, null);
    }

    /** {@code email} and {@code names} (any may be null): the person the password protects. */
    public static Optional<FieldError> check(String field, String password, String email, String... names) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new FieldError(field, TOO_SHORT));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new FieldError(field, TOO_LONG));
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.codePoints().noneMatch(Character::isDigit)) {
            return Optional.of(new FieldError(field, LETTER_AND_DIGIT));
        }
        String folded = EmailAddresses.fold(password);
        if (common(folded)) {
            return Optional.of(new FieldError(field, COMMON));
        }
        if (trivial(folded)) {
            return Optional.of(new FieldError(field, TRIVIAL));
        }
        if (personal(folded, email, names)) {
            return Optional.of(new FieldError(field, PERSONAL));
        }
        return Optional.empty();
    }

    /** The folded password without its leading and trailing digits and symbols is a common base. */
    static boolean common(String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && !Character.isLetter(folded.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        String core = folded.substring(start, end);
        StringBuilder letters = new StringBuilder();
        for (char c : core.toCharArray()) {
            char read = switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            };
            if (Character.isLetter(read)) {
                letters.append(read);
            }
        }
        String base = letters.toString();
        if (base.length() < 4) {
            return true;
        }
        return COMMON_BASES.contains(base) || repeatedUnit(base).filter(COMMON_BASES::contains).isPresent();
    }

    /** The shortest text that, repeated, makes the whole (when the whole is such a repetition). */
    private static Optional<String> repeatedUnit(String text) {
        for (int unit = 1; unit <= text.length() / 2; unit++) {
            if (text.length() % unit == 0 && text.substring(unit).equals(text.substring(0, text.length() - unit))) {
                return Optional.of(text.substring(0, unit));
            }
        }
        return Optional.empty();
    }

    /**
     * Cut into runs where each character repeats the previous one or follows it (up or down, 9 then 0
     * counting as consecutive), the password has runs of 4 characters or more on average, or is one
     * short unit repeated.
     */
    static boolean trivial(String folded) {
        int[] cps = folded.codePoints().toArray();
        int runs = 1;
        int step = 2; // the step of the current run; 2 while it has a single character
        for (int i = 1; i < cps.length; i++) {
            int delta = cps[i] - cps[i - 1];
            if (cps[i - 1] == '9' && cps[i] == '0') {
                delta = 1;
            } else if (cps[i - 1] == '0' && cps[i] == '9') {
                delta = -1;
            }
            boolean continues = Math.abs(delta) <= 1 && (step == 2 || delta == step);
            if (continues) {
                step = delta;
            } else {
                runs++;
                step = 2;
            }
        }
        if (runs * 4 <= cps.length) {
            return true;
        }
        Optional<String> unit = repeatedUnit(folded);
        return unit.isPresent() && unit.get().length() * 3 <= folded.length();
    }

    private static boolean personal(String folded, String email, String... names) {
        if (email != null) {
            String local = EmailAddresses.fold(email);
            int at = local.lastIndexOf('@');
            if (at >= 0) {
                local = local.substring(0, at);
            }
            if (containsPart(folded, local) || Arrays.stream(local.split("[^\\p{L}\\p{N}]+")).anyMatch(p -> containsPart(folded, p))) {
                return true;
            }
        }
        if (names != null) {
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                for (String part : EmailAddresses.fold(name).split("[^\\p{L}\\p{N}]+")) {
                    if (containsPart(folded, part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsPart(String folded, String part) {
        return part.length() >= 3 && folded.contains(part);
    }
}
