package ma.innovatice.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The bodies of the privacy notice operations. */
public final class PrivacyDtos {

    private PrivacyDtos() {
    }

    /** What the notice's text shows; {@code cndpDeclaration} is null while the declaration is pending. */
    public record PrivacyNoticeView(int version, String controller, String contactEmail, String cndpDeclaration,
                                    int evidenceRetentionMonths, long emailRetentionDays) {
    }

    /** The version of the notice the person read and accepts. */
    public record PrivacyConsent(@NotNull @Min(1) @Max(1_000_000) Integer version) {
    }
}
