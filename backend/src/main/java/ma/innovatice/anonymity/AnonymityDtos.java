package ma.innovatice.anonymity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.anonymity.IdentityScanner.Kind;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** The API models of the anonymisation helper. */
public final class AnonymityDtos {

    private AnonymityDtos() {
    }

    /** Where a term appears: a text field, or an evidence file (and its page for a PDF). */
    public record Finding(Kind kind, String field, Long attachmentId, String filename, Integer page, String term,
                          String excerpt) {
    }

    /** An evidence file and whether its text was searched; {@code reason} when not, or not all of it. */
    public record FileCheck(long attachmentId, String filename, boolean checked, String reason) {
    }

    public record Report(long submissionId, boolean blind, Instant scannedAt, List<Finding> findings,
                         List<FileCheck> files, boolean truncated) {

        static Report notBlind(long submissionId) {
            return new Report(submissionId, false, null, List.of(), List.of(), false);
        }
    }

    public record TermView(Kind kind, String text) {
    }

    public record Flagged(long submissionId, String title, SubmissionStatus status, String regionCode,
                          int findingsCount, List<Kind> kinds, int uncheckedFiles, boolean assigned,
                          Instant scannedAt, List<Finding> findings, List<TermView> terms) {
    }

    public record FlaggedPage(long editionId, boolean blind, List<Flagged> items, int page, int size, long total,
                              long pending) {
    }

    public record RedactionInput(@NotNull @Size(max = 20) String field,
                                 @NotNull @Size(max = 20000) @PlainText(multiline = true) String text) {
    }
}
