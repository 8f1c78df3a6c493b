package ma.innovatice.evaluation.agreement;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PanelMedianDeviationTest {

    @Test
    void shouldGiveEachJurorsMeanDeviationFromTheProjectMedians() {
        // Shrout & Fleiss's Table 2; the medians of the six targets are 6.5, 2.5, 7, 4, 7.5 and 5.
        List<PanelMedianDeviation.Deviation> deviations = PanelMedianDeviation.of(IntraclassCorrelationTest.SHROUT_FLEISS_TABLE_2);
        assertThat(deviations).extracting(PanelMedianDeviation.Deviation::judge).containsExactly(0L, 1L, 2L, 3L);
        assertThat(deviations).extracting(PanelMedianDeviation.Deviation::targets).containsOnly(6);
        // Judge 1: +2.5 +3.5 +1 +3 +2.5 +1 = 13.5; judge 2: -4.5 -1.5 -3 -3 -2.5 -3 = -17.5;
        // judge 3: -1.5 +0.5 -1 -2 -1.5 -1 = -6.5; judge 4: +1.5 -0.5 +1 +2 +1.5 +2 = 7.5.
        assertThat(deviations.get(0).signed()).isCloseTo(13.5 / 6, within(1e-12));
        assertThat(deviations.get(1).signed()).isCloseTo(-17.5 / 6, within(1e-12));
        assertThat(deviations.get(2).signed()).isCloseTo(-6.5 / 6, within(1e-12));
        assertThat(deviations.get(3).signed()).isCloseTo(7.5 / 6, within(1e-12));
        assertThat(deviations.get(0).absolute()).isCloseTo(13.5 / 6, within(1e-12));
        assertThat(deviations.get(1).absolute()).isCloseTo(17.5 / 6, within(1e-12));
        assertThat(deviations.get(2).absolute()).isCloseTo(7.5 / 6, within(1e-12));
        assertThat(deviations.get(3).absolute()).isCloseTo(8.5 / 6, within(1e-12));
    }

    @Test
    void shouldUseTheMiddleScoreOfAnOddPanelAndNameJurorsByIdFromATable() {
        // Jurors 30, 10, 20 (added out of order); project medians: 14 and 11.
        RatingTable table = RatingTable.create()
                .add(2, 30, 17).add(2, 10, 14).add(2, 20, 8)
                .add(1, 30, 11).add(1, 20, 11).add(1, 10, 12);
        List<PanelMedianDeviation.Deviation> deviations = PanelMedianDeviation.of(table);
        assertThat(deviations).extracting(PanelMedianDeviation.Deviation::judge).containsExactly(10L, 20L, 30L);
        // Juror 10: +1 and 0; juror 20: 0 and -6; juror 30: 0 and +3.
        assertThat(deviations).extracting(PanelMedianDeviation.Deviation::signed).containsExactly(0.5, -3.0, 1.5);
        assertThat(deviations).extracting(PanelMedianDeviation.Deviation::absolute).containsExactly(0.5, 3.0, 1.5);
    }

    @Test
    void shouldRefuseAnIncompleteDesignOrAPanelOfOne() {
        RatingTable table = RatingTable.create().add(1, 10, 12).add(1, 20, 11).add(2, 10, 14);
        assertThatThrownBy(() -> PanelMedianDeviation.of(table))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("judge 20 on target 2");
        assertThatThrownBy(() -> PanelMedianDeviation.of(new double[][]{{1, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not complete");
        assertThatThrownBy(() -> PanelMedianDeviation.of(new double[][]{{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 judges");
    }
}
