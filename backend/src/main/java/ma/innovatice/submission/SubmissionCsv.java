package ma.innovatice.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.api.Csv;
import ma.innovatice.reference.ReferenceData;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The admin export, written in batches of 500 rows (each read in its own short transaction) so memory stays flat. */
@ApplicationScoped
public class SubmissionCsv {

    private static final int BATCH = 500;
    private static final List<String> HEADER = List.of("id", "edition", "status", "title", "summary", "discipline",
            "school_level", "region_code", "region", "academy", "school", "author_last_name", "author_first_name",
            "author_email", "co_authors", "technologies", "pupils", "video_url", "site_url", "attachments",
            "created_at", "submitted_at");

    private final SubmissionRepository submissions;
    private final AttachmentRepository attachments;
    private final ReferenceData reference;

    SubmissionCsv(SubmissionRepository submissions, AttachmentRepository attachments, ReferenceData reference) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.reference = reference;
    }

    public void write(SubmissionFilter filter, char separator, OutputStream out) throws IOException {
        try (Csv csv = new Csv(out, separator)) {
            csv.row(HEADER);
            long after = 0;
            while (true) {
                long cursor = after;
                List<List<String>> rows = QuarkusTransaction.requiringNew().call(() -> batch(filter, cursor));
                for (List<String> row : rows) {
                    csv.row(row);
                }
                if (rows.size() < BATCH) {
                    break;
                }
                after = Long.parseLong(rows.get(rows.size() - 1).get(0));
            }
        }
    }

    private List<List<String>> batch(SubmissionFilter filter, long after) {
        List<Submission> batch = submissions.exportBatch(filter, after, BATCH);
        Map<Long, Long> counts = attachments.countsOf(batch.stream().map(s -> s.id).toList());
        return batch.stream().map(s -> {
            var region = reference.region(s.regionCode);
            return java.util.Arrays.asList(String.valueOf(s.id), String.valueOf(s.edition.number), s.status.name(),
                    s.title, s.summary, s.discipline, s.schoolLevel, s.regionCode,
                    region.map(r -> r.name().fr()).orElse(null), region.map(r -> r.academy().fr()).orElse(null),
                    s.schoolName, s.author.lastName, s.author.firstName, s.author.email, String.join(" | ", s.coAuthors),
                    String.join(" | ", s.technologies), s.pupilsCount == null ? null : String.valueOf(s.pupilsCount),
                    s.videoUrl, s.siteUrl, String.valueOf(counts.getOrDefault(s.id, 0L)), String.valueOf(s.createdAt),
                    s.submittedAt == null ? null : String.valueOf(s.submittedAt));
        }).toList();
    }
}
