package ma.innovatice.submission;

import ma.innovatice.common.i18n.RequestLanguage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.api.ValueAnswer;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;

import java.time.Instant;
import java.util.List;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

/** The request and response bodies of submissions. */
public final class SubmissionDtos {

    static final String URL = "^https?://\\S+$";

    private SubmissionDtos() {
    }

    public record SubmissionInput(
            @NotBlank @Size(min = 3, max = 200) @PlainText String title,
            @Size(max = 1000) @PlainText(multiline = true) String summary,
            @Size(max = 20000) @PlainText(multiline = true) String description,
            @Size(max = 100) @PlainText String discipline,
            @Pattern(regexp = LEVEL, message = "must be a school level code") String schoolLevel,
            @Pattern(regexp = REGION, message = "must be a region code from MA-01 to MA-12") String regionCode,
            @Size(max = 200) @PlainText String schoolName,
            @Size(max = 10) List<@NotBlank @Size(max = 150) @PlainText String> coAuthors,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> technologies,
            @Min(1) @Max(100000) Integer pupilsCount,
            @Size(max = 500) @Pattern(regexp = URL, message = "must be an http or https address") String videoUrl,
            @Size(max = 500) @Pattern(regexp = URL, message = "must be an http or https address") String siteUrl,
            Boolean evidenceShowsPupils,
            Boolean parentalAuthorisationsHeld,
            @Min(0) Long version) {
    }

    public record EditionRef(long id, int number, int year, String title, EditionStatus status,
                             Instant submissionsCloseAt) {

        /** With the title in the request's language, else in French. */
        static EditionRef of(Edition edition) {
            return new EditionRef(edition.id, edition.number, edition.year,
                    edition.title(RequestLanguage.current()), edition.status, edition.submissionsCloseAt);
        }
    }

    public record Person(long id, String firstName, String lastName, String email) {
    }

    public record AttachmentView(long id, String filename, String contentType, long sizeBytes, String sha256,
                                 Instant uploadedAt) {

        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.id, attachment.filename, attachment.contentType, attachment.sizeBytes,
                    attachment.sha256, attachment.createdAt);
        }
    }

    public record SubmissionView(long id, EditionRef edition, Person author, String title, String summary,
                                 String description, String discipline, String schoolLevel, String regionCode,
                                 String schoolName, List<String> coAuthors, List<String> technologies,
                                 Integer pupilsCount, String videoUrl, String siteUrl, SubmissionStatus status,
                                 boolean editable, List<String> missingForSubmission,
                                 List<AttachmentView> attachments, Boolean evidenceShowsPupils,
                                 boolean parentalAuthorisationsHeld, List<AttachmentView> authorisations,
                                 Instant submittedAt, long version,
                                 Instant createdAt, Instant updatedAt, ScreeningOutcome screening) {

        /** {@code files}: every file of the project; the evidence and the parents' authorisations are listed apart. */
        static SubmissionView of(Submission s, List<Attachment> files, Instant now, ScreeningOutcome screening) {
            return new SubmissionView(s.id, EditionRef.of(s.edition),
                    new Person(s.author.id, s.author.firstName, s.author.lastName, s.author.email), s.title, s.summary,
                    s.description, s.discipline, s.schoolLevel, s.regionCode, s.schoolName, s.coAuthors,
                    s.technologies, s.pupilsCount, s.videoUrl, s.siteUrl, s.status,
                    s.status.authorEditable() && s.edition.acceptsSubmissionsAt(now), s.missingForSubmission(),
                    files.stream().filter(a -> !a.isAuthorisation()).map(AttachmentView::of).toList(),
                    s.evidenceShowsPupils, s.parentalAuthorisationsHeld,
                    files.stream().filter(Attachment::isAuthorisation).map(AttachmentView::of).toList(),
                    s.submittedAt, s.version, s.createdAt, s.updatedAt, screening);
        }
    }

    /** The outcome of the project's eligibility screening, as its author and administrators read it. */
    public record ScreeningOutcome(String outcome, String reason, Instant screenedAt) {
    }

    public record SubmissionSummary(long id, EditionRef edition, Person author, String title, String summary,
                                    String discipline, String schoolLevel, String regionCode, String schoolName,
                                    Integer pupilsCount, SubmissionStatus status, long attachmentCount,
                                    Instant submittedAt, Instant createdAt, Instant updatedAt) implements ValueAnswer {
    }

    /** The admin list's filters; every one is optional. */
    public record SubmissionFilter(Long editionId, SubmissionStatus status, String region, String level,
                                   String discipline, String text) {
    }

    public record SubmissionEvent(Instant at, String action, SubmissionStatus fromStatus, SubmissionStatus toStatus,
                                  List<String> changedFields, String filename, String actorRole) {
    }
}
