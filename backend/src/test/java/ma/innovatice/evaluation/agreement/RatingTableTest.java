package ma.innovatice.evaluation.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingTableTest {

    @Test
    void shouldOrderTargetsAndJudgesByIdWhateverTheOrderOfAdding() {
        RatingTable table = RatingTable.create()
                .add(9, 3, 15).add(4, 7, 11).add(9, 1, 13).add(4, 3, 10).add(6, 7, 18);
        assertThat(table.size()).isEqualTo(5);
        assertThat(table.targets()).containsExactly(4L, 6L, 9L);
        assertThat(table.judges()).containsExactly(1L, 3L, 7L);
        // Target 4: judges 3, 7; target 6: judge 7; target 9: judges 1, 3. Missing cells are simply absent.
        assertThat(table.units()).containsExactly(new double[]{10, 11}, new double[]{18}, new double[]{13, 15});
    }

    @Test
    void shouldBuildTheCompleteMatrixOrNameWhatIsMissing() {
        RatingTable table = RatingTable.create().add(2, 20, 4).add(1, 20, 3).add(2, 10, 2).add(1, 10, 1);
        assertThat(table.completeMatrix()).isDeepEqualTo(new double[][]{{1, 3}, {2, 4}});
        table.add(3, 30, 5);
        assertThatThrownBy(table::completeMatrix).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the design is not complete: 4 missing value(s), judge 30 on target 1, judge 30 on target 2, "
                        + "judge 10 on target 3, judge 20 on target 3");
    }

    @Test
    void shouldRefuseASecondValueFromTheSameJudgeOrAValueThatIsNotANumber() {
        RatingTable table = RatingTable.create().add(1, 10, 12);
        assertThatThrownBy(() -> table.add(1, 10, 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("judge 10 gave target 1 more than one value");
        assertThatThrownBy(() -> table.add(2, 10, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finite number");
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.targets()).containsExactly(1L);
    }
}
