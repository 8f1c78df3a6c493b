package ma.innovatice.account;

import ma.innovatice.common.error.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Passwords have at least 10 characters with a letter and a digit, at most 72 bytes (what bcrypt
 * reads), and are not the account's email.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static Optional<FieldError> check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new FieldError(field, "must have at least " + MIN_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new FieldError(field, "must be at most " + MAX_BYTES + " bytes long in UTF-8"));
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.codePoints().noneMatch(Character::isDigit)) {
            return Optional.of(new FieldError(field, "must contain at least one letter and one digit"));
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return Optional.of(new FieldError(field, "must not be the email address"));
        }
        return Optional.empty();
    }
}
