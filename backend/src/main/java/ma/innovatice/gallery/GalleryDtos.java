package ma.innovatice.gallery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.account.Language;
import ma.innovatice.award.AwardKind;
import ma.innovatice.common.api.ValueAnswer;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of the public gallery and of the teacher's consent to it. */
public final class GalleryDtos {

    /** Most files a teacher may choose for the gallery (the contract's maxItems). */
    static final int MAX_FILES = 20;

    private GalleryDtos() {
    }

    /** How the page may show a file: IMAGE and PDF are served inline, NONE is a download. */
    public enum Preview {
        IMAGE, PDF, NONE;

        static Preview of(String contentType) {
            return switch (contentType) {
                case "image/png", "image/jpeg" -> IMAGE;
                case "application/pdf" -> PDF;
                default -> NONE;
            };
        }
    }

    public record GalleryItem(long submissionId, long editionId, int editionNumber, int editionYear, AwardKind kind,
                              int rank, String title, String summary, String regionCode, String schoolLevel,
                              String discipline, List<String> technologies, String teacherName, int fileCount,
                              Long coverFileId) implements ValueAnswer {
    }

    public record GalleryPage(List<GalleryItem> items, int page, int size, long total, List<String> disciplines)
            implements ValueAnswer {
    }

    public record GalleryFile(long id, String filename, String contentType, long sizeBytes, Preview preview)
            implements ValueAnswer {
    }

    /** {@code editionTitle} and {@code citation} in the request's language, else French ({@code citationLanguage}). */
    public record GalleryProject(long submissionId, long editionId, int editionNumber, int editionYear,
                                 String editionTitle, AwardKind kind, int rank, String citation,
                                 Language citationLanguage, String title,
                                 String summary, String regionCode, String schoolLevel, String discipline,
                                 List<String> technologies, String teacherName, List<GalleryFile> files)
            implements ValueAnswer {
    }

    public record GalleryCandidateFile(long id, String filename, String contentType, long sizeBytes, boolean selected,
                                       Boolean showsPupils) {
    }

    public record GalleryConsent(long submissionId, boolean eligible, boolean inGallery, Instant consentedAt,
                                 List<GalleryCandidateFile> files) {
    }

    public record GallerySelectedFile(@NotNull @Min(1) Long attachmentId, @NotNull Boolean showsNoPupils) {
    }

    public record GalleryConsentInput(@NotNull Boolean consent,
                                      @NotNull @Size(max = MAX_FILES) List<@NotNull @Valid GallerySelectedFile> files) {
    }

    /** The query of the public list; {@code text} is trimmed, blank is none. */
    public record GalleryFilter(String text, Long editionId, String region, String level, String discipline) {
    }

    /** A public file's metadata, to serve its bytes. */
    public record PublicFile(long id, String filename, String contentType, long sizeBytes, String sha256) {
    }
}
