package ma.innovatice.evaluation.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntraclassCorrelationTest {

    /**
     * P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater reliability",
     * Psychological Bulletin 86(2), 1979, Table 2 (p. 423): four judges rate six targets. Table 3 gives
     * BMS = 11.24, WMS = 6.26, JMS = 32.49, EMS = 1.02 and the text ICC(2,1) = .29, ICC(2,k) = .62.
     */
    static final double[][] SHROUT_FLEISS_TABLE_2 = {
            {9, 2, 5, 8},
            {6, 1, 3, 2},
            {8, 4, 6, 8},
            {7, 1, 2, 6},
            {10, 5, 6, 9},
            {6, 2, 4, 7},
    };

    @Test
    void shouldReproduceShroutAndFleissTable2() {
        IntraclassCorrelation.Result icc = IntraclassCorrelation.twoWayRandom(SHROUT_FLEISS_TABLE_2);
        assertThat(icc.targets()).isEqualTo(6);
        assertThat(icc.judges()).isEqualTo(4);
        assertThat(icc.bms()).isCloseTo(11.24, within(0.005));
        assertThat(icc.wms()).isCloseTo(6.26, within(0.005));
        assertThat(icc.jms()).isCloseTo(32.49, within(0.005));
        assertThat(icc.ems()).isCloseTo(1.02, within(0.005));
        assertThat(icc.icc21()).isCloseTo(0.29, within(0.005));
        assertThat(icc.icc2k()).isCloseTo(0.62, within(0.005));
        assertThat(icc.computable()).isTrue();
    }

    @Test
    void shouldGiveTheSameFromATableBuiltInAnyOrder() {
        RatingTable table = RatingTable.create();
        for (int i = SHROUT_FLEISS_TABLE_2.length - 1; i >= 0; i--) {
            for (int j = 0; j < 4; j++) {
                table.add(100 + i, 7 + j, SHROUT_FLEISS_TABLE_2[i][j]);
            }
        }
        assertThat(IntraclassCorrelation.twoWayRandom(table))
                .isEqualTo(IntraclassCorrelation.twoWayRandom(SHROUT_FLEISS_TABLE_2));
    }

    @Test
    void shouldGiveOneForPerfectAgreementAndLessWhenAJurorIsSystematicallyLenient() {
        double[][] same = {{12, 12, 12}, {15, 15, 15}, {9, 9, 9}, {18, 18, 18}};
        IntraclassCorrelation.Result perfect = IntraclassCorrelation.twoWayRandom(same);
        assertThat(perfect.icc21()).isCloseTo(1.0, within(1e-12));
        assertThat(perfect.icc2k()).isCloseTo(1.0, within(1e-12));
        // The third juror gives 3 points more to every project: same order, but absolute agreement suffers.
        double[][] lenient = {{12, 12, 15}, {15, 15, 18}, {9, 9, 12}, {18, 18, 21}};
        IntraclassCorrelation.Result icc = IntraclassCorrelation.twoWayRandom(lenient);
        assertThat(icc.ems()).isCloseTo(0.0, within(1e-12));
        assertThat(icc.icc21()).isLessThan(0.9);
        assertThat(icc.icc2k()).isGreaterThan(icc.icc21()).isLessThan(1.0);
    }

    @Test
    void shouldRefuseAnIncompleteDesign() {
        double[][] missing = {{9, 2, 5, 8}, {6, Double.NaN, 3, 2}, {8, 4, 6, 8}};
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not complete").hasMessageContaining("target 1").hasMessageContaining("judge 1");
        double[][] ragged = {{9, 2, 5, 8}, {6, 3, 2}, {8, 4, 6, 8}};
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(ragged))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not complete");
        RatingTable table = RatingTable.create().add(1, 10, 9).add(1, 11, 2).add(2, 10, 6).add(3, 10, 4).add(3, 11, 5);
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(table))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("judge 11 on target 2");
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(new double[][]{{1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 targets and 2 judges");
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(new double[][]{{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntraclassCorrelation.twoWayRandom(new double[0][]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSayNotComputableRatherThanDivideByZero() {
        IntraclassCorrelation.Result constant = IntraclassCorrelation.twoWayRandom(new double[][]{{5, 5}, {5, 5}, {5, 5}});
        assertThat(constant.computable()).isFalse();
        assertThat(constant.icc21()).isNull();
        assertThat(constant.icc2k()).isNull();
        // Targets and judges all have the same mean, every difference is interaction: both denominators vanish or turn negative.
        IntraclassCorrelation.Result crossed = IntraclassCorrelation.twoWayRandom(new double[][]{{0, 1}, {1, 0}});
        assertThat(crossed.ems()).isCloseTo(1.0, within(1e-12));
        assertThat(crossed.icc21()).isNull();
        assertThat(crossed.icc2k()).isNull();
    }
}
