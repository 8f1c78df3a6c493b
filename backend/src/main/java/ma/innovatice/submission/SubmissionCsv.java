package ma.innovatice.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.reference.ReferenceData;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The admin export: UTF-8 with a byte order mark, RFC 4180 quoting, formula-like cells defused,
 * written in batches of 500 rows (each read in its own short transaction) so memory stays flat.
 */
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
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        row(writer, separator, HEADER);
        long after = 0;
        while (true) {
            long cursor = after;
            List<List<String>> rows = QuarkusTransaction.requiringNew().call(() -> batch(filter, cursor));
            for (List<String> row : rows) {
                row(writer, separator, row);
            }
            if (rows.size() < BATCH) {
                break;
            }
            after = Long.parseLong(rows.get(rows.size() - 1).get(0));
        }
        writer.flush();
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

    private static void row(Writer writer, char separator, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(cell(cells.get(i), separator));
        }
        writer.write("\r\n");
    }

    /** Quotes when needed; a cell that a spreadsheet would run as a formula starts with an apostrophe. */
    static String cell(String value, char separator) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
