package ma.innovatice.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The request and response bodies of the account operations. */
public final class AccountDtos {

    private AccountDtos() {
    }

    public record RegistrationInput(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 10, max = 72) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            Language preferredLanguage) {
    }

    public record LoginInput(
            @NotNull @Size(max = 254) String email,
            @NotNull @Size(max = 200) String password) {
    }

    public record AccountCreation(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 10, max = 72) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Pattern(regexp = "JURY|ADMIN", message = "must be JURY or ADMIN") String role,
            Language preferredLanguage) {
    }

    public record AccountUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName,
            Language preferredLanguage,
            Boolean enabled) {
    }

    public record MeUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName,
            Language preferredLanguage,
            @Size(max = 200) String currentPassword,
            @Size(min = 10, max = 72) String newPassword) {
    }

    public record AccountView(long id, String email, String firstName, String lastName, Role role,
                              Language preferredLanguage, boolean enabled, Instant createdAt) {

        static AccountView of(Account account) {
            return new AccountView(account.id, account.email, account.firstName, account.lastName, account.role,
                    account.preferredLanguage, account.enabled, account.createdAt);
        }
    }

    public record AccessToken(String accessToken, String tokenType, long expiresIn, AccountView account) {
    }
}
