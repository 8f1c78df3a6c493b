package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.api.Csv;
import ma.innovatice.evaluation.EvaluationDtos.AgreementView;
import ma.innovatice.evaluation.EvaluationDtos.CriterionAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking as CSV, one column per criterion with its mean score; then, after an empty line, the
 * agreement between the jurors of the whole edition as a second table with its own header: a line for
 * the weighted score, then one per criterion.
 */
@ApplicationScoped
public class RankingCsv {

    static final List<String> AGREEMENT_HEADER = List.of("agreement", "criterion_code", "label_fr", "label_ar",
            "label_en", "alpha", "reading", "not_computable", "ci95_lower", "ci95_upper", "ci95_not_computable",
            "resamples", "projects", "scores", "rough_interval");

    public void write(List<RankingService.DetailedEntry> entries, RankingAgreementView agreement, char separator,
                      OutputStream out) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        entries.forEach(e -> codes.addAll(e.criterionMeans().keySet()));
        List<String> header = new ArrayList<>(List.of("rank", "submission_id", "title", "author", "region_code",
                "school_level", "discipline", "raw_score", "normalized_score", "evaluations", "assigned", "spread",
                "disagreement"));
        codes.forEach(code -> header.add("mean_" + code));
        try (Csv csv = new Csv(out, separator)) {
            csv.row(header);
            for (RankingService.DetailedEntry detailed : entries) {
                RankingEntry e = detailed.entry();
                List<String> row = new ArrayList<>(Arrays.asList(String.valueOf(e.rank()), String.valueOf(e.submissionId()),
                        e.title(), e.authorName(), Csv.text(e.regionCode()), Csv.text(e.schoolLevel()),
                        Csv.text(e.discipline()), Csv.text(e.rawScore()), Csv.text(e.normalizedScore()),
                        String.valueOf(e.evaluations()), String.valueOf(e.assigned()), Csv.text(e.spread()),
                        String.valueOf(e.disagreement())));
                codes.forEach(code -> row.add(Csv.text(detailed.criterionMeans().get(code) == null ? null
                        : Math.round(detailed.criterionMeans().get(code) * 100) / 100.0)));
                csv.row(row);
            }
            csv.row(List.of());
            csv.row(AGREEMENT_HEADER);
            csv.row(agreementRow("weighted_score", null, null, null, null, agreement.overall()));
            for (CriterionAgreementView c : agreement.criteria()) {
                csv.row(agreementRow("criterion", c.code(), c.label().fr(), c.label().ar(), c.label().en(), c.agreement()));
            }
        }
    }

    private static List<String> agreementRow(String kind, String code, String fr, String ar, String en, AgreementView a) {
        return Arrays.asList(kind, code, fr, ar, en, decimals(a.alpha()), a.reading().name(), Csv.text(a.reason()),
                decimals(a.interval().lower()), decimals(a.interval().upper()), Csv.text(a.interval().reason()),
                String.valueOf(a.interval().resamples()), String.valueOf(a.projects()), String.valueOf(a.scores()),
                String.valueOf(a.roughInterval()));
    }

    /** An alpha or a bound with its three decimals, whatever the locale ("1.000", "0.302"). */
    private static String decimals(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
