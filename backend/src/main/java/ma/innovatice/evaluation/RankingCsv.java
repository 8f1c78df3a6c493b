package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.account.Language;
import ma.innovatice.common.api.Csv;
import ma.innovatice.common.api.Csv.Cell;
import ma.innovatice.common.api.Csv.Title;
import ma.innovatice.evaluation.EvaluationDtos.AgreementView;
import ma.innovatice.evaluation.EvaluationDtos.CriterionAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking as CSV, one column per criterion with its mean score; then, after an empty line, the
 * agreement between the jurors of the whole edition as a second table with its own titles: a line for
 * the weighted score, then one per criterion. Titles and yes/no in the request's language; scores,
 * counts and alphas are number cells (see {@link Csv}).
 */
@ApplicationScoped
public class RankingCsv {

    static final List<Title> RANKING_TITLES = List.of(
            new Title("Rang", "الرتبة", "Rank"),
            new Title("N° du projet", "رقم المشروع", "Project ID"),
            new Title("Titre", "العنوان", "Title"),
            new Title("Auteur", "صاحب المشروع", "Author"),
            new Title("Code de la région", "رمز الجهة", "Region code"),
            new Title("Niveau scolaire", "المستوى الدراسي", "School level"),
            new Title("Discipline", "المادة", "Subject"),
            new Title("Note brute (sur 100)", "النقطة الخام (من 100)", "Raw score (out of 100)"),
            new Title("Note normalisée (sur 100)", "النقطة المعيارية (من 100)", "Normalised score (out of 100)"),
            new Title("Évaluations", "التقييمات", "Evaluations"),
            new Title("Jurés affectés", "المحكّمون المعيَّنون", "Jurors assigned"),
            new Title("Écart entre jurés", "الفارق بين المحكّمين", "Spread between jurors"),
            new Title("Désaccord", "اختلاف", "Disagreement"));

    static final List<Title> AGREEMENT_TITLES = List.of(
            new Title("Accord entre jurés", "الاتفاق بين المحكّمين", "Agreement between jurors"),
            new Title("Code du critère", "رمز المعيار", "Criterion code"),
            new Title("Libellé (fr)", "التسمية (fr)", "Label (fr)"),
            new Title("Libellé (ar)", "التسمية (ar)", "Label (ar)"),
            new Title("Libellé (en)", "التسمية (en)", "Label (en)"),
            new Title("Alpha de Krippendorff", "ألفا كريبندورف", "Krippendorff's alpha"),
            new Title("Lecture", "القراءة", "Reading"),
            new Title("Non calculable (raison)", "غير قابل للحساب (السبب)", "Not computable (reason)"),
            new Title("IC à 95\u00a0% : borne basse", "مجال الثقة 95 %: الحد الأدنى", "95% CI: lower bound"),
            new Title("IC à 95\u00a0% : borne haute", "مجال الثقة 95 %: الحد الأعلى", "95% CI: upper bound"),
            new Title("IC à 95\u00a0% non calculable (raison)", "مجال الثقة 95 % غير قابل للحساب (السبب)",
                    "95% CI not computable (reason)"),
            new Title("Rééchantillonnages", "عدد إعادات المعاينة", "Resamples"),
            new Title("Projets comparés", "المشاريع المقارَنة", "Projects compared"),
            new Title("Notes", "النقط", "Scores"),
            new Title("Intervalle approximatif", "مجال تقريبي", "Rough interval"));

    private static final Title WEIGHTED_SCORE = new Title("Note pondérée", "النقطة الموزونة", "Weighted score");
    private static final Title CRITERION = new Title("Critère", "المعيار", "Criterion");

    public void write(List<RankingService.DetailedEntry> entries, RankingAgreementView agreement, Csv.Separator separator,
                      Language language, OutputStream out) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        entries.forEach(e -> codes.addAll(e.criterionMeans().keySet()));
        List<Title> titles = new ArrayList<>(RANKING_TITLES);
        codes.forEach(code -> titles.add(new Title("Moyenne " + code, "متوسط " + code, "Mean " + code)));
        try (Csv csv = new Csv(out, separator, language)) {
            csv.titles(titles);
            for (RankingService.DetailedEntry detailed : entries) {
                RankingEntry e = detailed.entry();
                List<Cell> row = new ArrayList<>(Arrays.asList(Csv.number(e.rank()), Csv.number(e.submissionId()),
                        Csv.text(e.title()), Csv.text(e.authorName()), Csv.text(e.regionCode()), Csv.text(e.schoolLevel()),
                        Csv.text(e.discipline()), Csv.number(e.rawScore()), Csv.number(e.normalizedScore()),
                        Csv.number(e.evaluations()), Csv.number(e.assigned()), Csv.number(e.spread()),
                        Csv.yesNo(e.disagreement())));
                codes.forEach(code -> row.add(Csv.number(detailed.criterionMeans().get(code), 2)));
                csv.row(row);
            }
            csv.row(List.of());
            csv.titles(AGREEMENT_TITLES);
            csv.row(agreementRow(WEIGHTED_SCORE, language, null, null, null, null, agreement.overall()));
            for (CriterionAgreementView c : agreement.criteria()) {
                csv.row(agreementRow(CRITERION, language, c.code(), c.label().fr(), c.label().ar(), c.label().en(),
                        c.agreement()));
            }
        }
    }

    /** An alpha and its bounds with their three decimals, whatever the separator ("1,000", "-0.302"). */
    private static List<Cell> agreementRow(Title kind, Language language, String code, String fr, String ar, String en,
                                           AgreementView a) {
        return Arrays.asList(Csv.text(kind.in(language)), Csv.text(code), Csv.text(fr), Csv.text(ar), Csv.text(en),
                Csv.number(a.alpha(), 3), Csv.text(a.reading().name()), Csv.text(a.reason()),
                Csv.number(a.interval().lower(), 3), Csv.number(a.interval().upper(), 3), Csv.text(a.interval().reason()),
                Csv.number(a.interval().resamples()), Csv.number(a.projects()), Csv.number(a.scores()),
                Csv.yesNo(a.roughInterval()));
    }
}
