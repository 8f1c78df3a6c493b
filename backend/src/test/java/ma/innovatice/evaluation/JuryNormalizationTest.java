package ma.innovatice.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JuryNormalizationTest {

    private static long tenThousandths(double score) {
        return Math.round(score * 10_000);
    }

    @Test
    void shouldWeighAHarshAndALenientJurorAlike() {
        // Juror 1 is harsh (20 and 40), juror 2 lenient (80 and 100): each ranks project 11 above project 10.
        Map<Long, JuryNormalization.Score> scores = JuryNormalization.create()
                .add(1, 10, tenThousandths(20)).add(1, 11, tenThousandths(40))
                .add(2, 12, tenThousandths(80)).add(2, 13, tenThousandths(100))
                .scores();
        // Edition: mean 60, population standard deviation sqrt(1000) = 31.62; z = -1 or +1 for every project.
        assertThat(scores.get(11L).normalized()).isCloseTo(60 + Math.sqrt(1000), within(1e-9));
        assertThat(scores.get(13L).normalized()).isCloseTo(60 + Math.sqrt(1000), within(1e-9));
        assertThat(scores.get(10L).normalized()).isCloseTo(60 - Math.sqrt(1000), within(1e-9));
        assertThat(scores.get(11L).raw()).isEqualByComparingTo("40");
        // Same normalized score: the higher raw mean ranks first.
        List<JuryNormalization.Score> ranked = JuryNormalization.rank(List.of(10L, 11L, 12L, 13L, 14L), scores);
        assertThat(ranked).extracting(JuryNormalization.Score::submissionId).containsExactly(13L, 11L, 12L, 10L, 14L);
        assertThat(ranked.get(4).raw()).isNull();
    }

    @Test
    void shouldKeepExactMeansAndSpreadsAndGiveZeroToAJurorWhoseScoresDoNotVary() {
        Map<Long, JuryNormalization.Score> scores = JuryNormalization.create()
                .add(1, 10, tenThousandths(50)).add(1, 11, tenThousandths(50))
                .add(2, 10, tenThousandths(33.3333)).add(3, 10, tenThousandths(66.6667))
                .scores();
        JuryNormalization.Score ten = scores.get(10L);
        assertThat(ten.evaluations()).isEqualTo(3);
        assertThat(ten.raw()).isEqualByComparingTo(new BigDecimal("50.00000000"));
        assertThat(ten.spread()).isEqualByComparingTo("33.3334");
        // Every juror's scores are constant (one each, or equal): every z-score is 0, so the edition's mean.
        assertThat(ten.normalized()).isCloseTo(50.0, within(1e-9));
        assertThat(scores.get(11L).normalized()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void shouldBreakTiesByNumberOfEvaluationsThenId() {
        Map<Long, JuryNormalization.Score> scores = JuryNormalization.create()
                .add(1, 20, tenThousandths(70)).add(1, 21, tenThousandths(70)).add(2, 21, tenThousandths(70))
                .add(1, 22, tenThousandths(70))
                .scores();
        assertThat(JuryNormalization.rank(List.of(22L, 20L, 21L), scores))
                .extracting(JuryNormalization.Score::submissionId).containsExactly(21L, 20L, 22L);
    }

    @Test
    void shouldBoundNormalizedScoresToTheScale() {
        JuryNormalization n = JuryNormalization.create();
        // One lenient juror gives a single project far above the rest: its normalized score would exceed 100.
        n.add(1, 1, tenThousandths(100));
        for (int i = 2; i <= 20; i++) {
            n.add(1, i, tenThousandths(90)).add(2, i, tenThousandths(95));
        }
        n.add(2, 1, tenThousandths(100));
        assertThat(n.scores().values()).allSatisfy(s -> assertThat(s.normalized()).isBetween(0.0, 100.0));
        assertThat(n.scores().get(1L).normalized()).isEqualTo(100.0);
    }
}
