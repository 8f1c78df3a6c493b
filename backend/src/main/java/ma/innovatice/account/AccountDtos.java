package ma.innovatice.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.security.SignedInAccount;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.privacy.PrivacyNotice;
import ma.innovatice.reference.ReferenceData;

import java.time.Instant;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

/** The request and response bodies of the account operations. */
public final class AccountDtos {

    private AccountDtos() {
    }

    /** A teacher's registration: the competition is regional, so the region, school and level come with it. */
    public record RegistrationInput(
            @NotBlank @Email @Size(max = 254)
            @Pattern(regexp = EmailAddresses.ASCII, message = EmailAddresses.ASCII_MESSAGE) String email,
            @NotNull @Size(min = 10, max = 72) String password,
            @NotBlank @Size(max = 100) @PlainText String firstName,
            @NotBlank @Size(max = 100) @PlainText String lastName,
            @NotNull @Pattern(regexp = REGION, message = "must be a region code from MA-01 to MA-12") String regionCode,
            @NotBlank @Size(max = 200) @PlainText String schoolName,
            @NotNull @Pattern(regexp = LEVEL, message = "must be a school level code") String schoolLevel,
            @Size(max = 100) @PlainText String discipline,
            Language preferredLanguage,
            Integer privacyNoticeVersion) {
    }

    /** The answer to a registration, the same whether or not the address already had an account. */
    public record RegistrationAccepted(String email) {
    }

    /** The secret of the link mailed to a teacher who registered. */
    public record EmailConfirmation(@NotBlank @Size(max = 100) String token) {
    }

    public record LoginInput(
            @NotNull @Size(max = 254) String email,
            @NotNull @Size(max = 200) String password) {
    }

    /** Without a password, the new account can only be entered through the set-password link it is mailed. */
    public record AccountCreation(
            @NotBlank @Email @Size(max = 254)
            @Pattern(regexp = EmailAddresses.ASCII, message = EmailAddresses.ASCII_MESSAGE) String email,
            @Size(min = 10, max = 72) String password,
            @NotBlank @Size(max = 100) @PlainText String firstName,
            @NotBlank @Size(max = 100) @PlainText String lastName,
            @NotNull @Pattern(regexp = "JURY|COORDINATOR|ADMIN", message = "must be JURY, COORDINATOR or ADMIN") String role,
            Language preferredLanguage,
            @Pattern(regexp = REGION, message = "must be a region code from MA-01 to MA-12") String regionCode,
            @Size(max = 200) @PlainText String schoolName) {
    }

    public record AccountUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String lastName,
            Language preferredLanguage,
            Boolean enabled,
            @Pattern(regexp = REGION, message = "must be a region code from MA-01 to MA-12") String regionCode,
            @Size(max = 200) @PlainText String schoolName) {
    }

    public record MeUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String lastName,
            Language preferredLanguage,
            @Pattern(regexp = REGION, message = "must be a region code from MA-01 to MA-12") String regionCode,
            @Size(max = 200) @PlainText String schoolName,
            @Pattern(regexp = LEVEL, message = "must be a school level code") String schoolLevel,
            @Size(max = 100) @PlainText String discipline,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            Boolean remindersEnabled) {
    }

    /** The caller's new password, given with the current one. */
    public record PasswordChange(@NotNull @Size(max = 200) String currentPassword,
                                 @NotNull @Size(min = 10, max = 72) String newPassword) {
    }

    public record PasswordResetRequest(@NotBlank @Size(max = 254) String email) {
    }

    public record PasswordResetConfirmation(
            @NotBlank @Size(max = 100) String token,
            @NotNull @Size(min = 10, max = 72) String password) {
    }

    static final String PHONE = "^$|^\\+?[0-9][0-9 ().-]{5,19}$";


    public record AccountView(long id, String email, String firstName, String lastName, Role role,
                              Language preferredLanguage, boolean enabled, String regionCode, LocalizedText academy,
                              String schoolName, String schoolLevel, String discipline, String phone,
                              boolean remindersEnabled, Integer privacyNoticeVersion, Instant privacyAcceptedAt,
                              int privacyNoticeCurrentVersion, boolean privacyConsentRequired, Instant createdAt,
                              Instant erasedAt) {

        static AccountView of(Account account, ReferenceData reference, PrivacyNotice notice) {
            LocalizedText academy = reference.region(account.regionCode).map(ReferenceData.RegionView::academy).orElse(null);
            return new AccountView(account.id, account.email, account.firstName, account.lastName, account.role,
                    account.preferredLanguage, account.enabled, account.regionCode, academy, account.schoolName,
                    account.schoolLevel, account.discipline, account.phone, account.remindersEnabled,
                    account.privacyNoticeVersion, account.privacyAcceptedAt, notice.currentVersion(),
                    notice.consentRequired(account.privacyNoticeVersion), account.createdAt, account.erasedAt);
        }

        /** The caller's own account as the account check read it (enabled: the check passed). */
        static AccountView of(SignedInAccount account, ReferenceData reference, PrivacyNotice notice) {
            LocalizedText academy = reference.region(account.regionCode()).map(ReferenceData.RegionView::academy).orElse(null);
            return new AccountView(account.id(), account.email(), account.firstName(), account.lastName(),
                    Role.valueOf(account.role()), Language.ofCode(account.preferredLanguage()), true, account.regionCode(),
                    academy, account.schoolName(), account.schoolLevel(), account.discipline(), account.phone(),
                    account.remindersEnabled(), account.privacyNoticeVersion(), account.privacyAcceptedAt(),
                    notice.currentVersion(), notice.consentRequired(account.privacyNoticeVersion()), account.createdAt(),
                    account.erasedAt());
        }
    }

    public record AccessToken(String accessToken, String tokenType, long expiresIn, AccountView account) {
    }
}
