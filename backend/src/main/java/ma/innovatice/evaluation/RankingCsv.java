package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.api.Csv;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ranking as CSV, one column per criterion with its mean score. */
@ApplicationScoped
public class RankingCsv {

    public void write(List<RankingService.DetailedEntry> entries, char separator, OutputStream out) throws IOException {
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
        }
    }
}
