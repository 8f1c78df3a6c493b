package ma.innovatice.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.account.Language;
import ma.innovatice.common.api.Csv;
import ma.innovatice.common.api.Csv.Cell;
import ma.innovatice.common.api.Csv.Title;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.reference.ReferenceData;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The admin export, written in batches of 500 rows (each read in its own short transaction) so memory stays flat.
 * Titles, region and academy names in the request's language; ids, counts and dates are typed cells (see {@link Csv}).
 */
@ApplicationScoped
public class SubmissionCsv {

    private static final int BATCH = 500;
    static final List<Title> TITLES = List.of(
            new Title("N° du projet", "رقم المشروع", "Project ID"),
            new Title("Édition", "الدورة", "Edition"),
            new Title("Statut", "الحالة", "Status"),
            new Title("Titre", "العنوان", "Title"),
            new Title("Résumé", "الملخص", "Summary"),
            new Title("Discipline", "المادة", "Subject"),
            new Title("Niveau scolaire", "المستوى الدراسي", "School level"),
            new Title("Code de la région", "رمز الجهة", "Region code"),
            new Title("Région", "الجهة", "Region"),
            new Title("Académie", "الأكاديمية", "Academy"),
            new Title("Établissement", "المؤسسة", "School"),
            new Title("Nom de l'auteur", "الاسم العائلي لصاحب المشروع", "Author's last name"),
            new Title("Prénom de l'auteur", "الاسم الشخصي لصاحب المشروع", "Author's first name"),
            new Title("Courriel de l'auteur", "البريد الإلكتروني لصاحب المشروع", "Author's email"),
            new Title("Co-auteurs", "المشاركون في الإنجاز", "Co-authors"),
            new Title("Technologies", "التكنولوجيات المستعملة", "Technologies"),
            new Title("Nombre d'élèves", "عدد التلاميذ", "Number of pupils"),
            new Title("Vidéo", "رابط الفيديو", "Video"),
            new Title("Site", "رابط الموقع", "Website"),
            new Title("Pièces jointes", "المرفقات", "Attachments"),
            new Title("Créé le (heure du Maroc)", "تاريخ الإنشاء (بتوقيت المغرب)", "Created (Morocco time)"),
            new Title("Soumis le (heure du Maroc)", "تاريخ التقديم (بتوقيت المغرب)", "Submitted (Morocco time)"));

    private final SubmissionRepository submissions;
    private final AttachmentRepository attachments;
    private final ReferenceData reference;

    SubmissionCsv(SubmissionRepository submissions, AttachmentRepository attachments, ReferenceData reference) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.reference = reference;
    }

    public void write(SubmissionFilter filter, Csv.Separator separator, Language language, OutputStream out)
            throws IOException {
        try (Csv csv = new Csv(out, separator, language)) {
            csv.titles(TITLES);
            long after = 0;
            while (true) {
                long cursor = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> batch(filter, cursor, language));
                for (List<Cell> row : batch.rows()) {
                    csv.row(row);
                }
                if (batch.rows().size() < BATCH) {
                    break;
                }
                after = batch.lastId();
            }
        }
    }

    /** The rows of a batch, and the id of its last submission (where the next batch starts). */
    private record Batch(List<List<Cell>> rows, long lastId) {
    }

    private Batch batch(SubmissionFilter filter, long after, Language language) {
        List<Submission> batch = submissions.exportBatch(filter, after, BATCH);
        Map<Long, Long> counts = attachments.countsOf(batch.stream().map(s -> s.id).toList());
        List<List<Cell>> rows = batch.stream().map(s -> {
            var region = reference.region(s.regionCode);
            return Arrays.asList(Csv.number(s.id), Csv.number(s.edition.number), Csv.text(s.status.name()),
                    Csv.text(s.title), Csv.text(s.summary), Csv.text(s.discipline), Csv.text(s.schoolLevel),
                    Csv.text(s.regionCode), Csv.text(region.map(r -> in(r.name(), language)).orElse(null)),
                    Csv.text(region.map(r -> in(r.academy(), language)).orElse(null)), Csv.text(s.schoolName),
                    Csv.text(s.author.lastName), Csv.text(s.author.firstName), Csv.text(s.author.email),
                    Csv.text(String.join(" | ", s.coAuthors)), Csv.text(String.join(" | ", s.technologies)),
                    Csv.number(s.pupilsCount), Csv.text(s.videoUrl), Csv.text(s.siteUrl),
                    Csv.number(counts.getOrDefault(s.id, 0L)), Csv.dateTime(s.createdAt), Csv.dateTime(s.submittedAt));
        }).toList();
        return new Batch(rows, batch.isEmpty() ? after : batch.get(batch.size() - 1).id);
    }

    /** A reference name in the file's language, else in French. */
    private static String in(LocalizedText text, Language language) {
        String value = new Title(text.fr(), text.ar(), text.en()).in(language);
        return value == null || value.isBlank() ? text.fr() : value;
    }
}
