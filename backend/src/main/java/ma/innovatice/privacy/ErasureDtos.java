package ma.innovatice.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.text.PlainText;

import java.time.Instant;

/** The API models of an erasure. */
public final class ErasureDtos {

    private ErasureDtos() {
    }

    public record SelfErasureInput(@NotNull @Size(min = 1, max = 200) String currentPassword) {
    }

    public record AdminErasureInput(@NotBlank @Size(min = 3, max = 1000) @PlainText(multiline = true) String reason) {
    }

    public record ErasureReport(long accountId, Instant erasedAt, int projectsDeleted, int projectsAnonymised,
                                int filesErased, int emailsErased) {
    }
}
