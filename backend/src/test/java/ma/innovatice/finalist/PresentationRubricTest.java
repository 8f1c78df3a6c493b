package ma.innovatice.finalist;

import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.edition.RubricTemplate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The presentation rubric has the 21CLD template's shape: gated levels, trilingual, weights summing to 100. */
class PresentationRubricTest {

    @Test
    void shouldMirrorTheShapeOfThe21CldTemplate() {
        List<CriterionInput> criteria = RubricTemplate.presentation();
        assertThat(criteria).extracting(CriterionInput::code)
                .containsExactly("PRES_CLARITY", "PRES_IMPACT", "PRES_ANSWERS", "PRES_TRANSFER");
        assertThat(criteria.stream().mapToDouble(CriterionInput::weight).sum()).isEqualTo(100.0);
        for (CriterionInput c : criteria) {
            assertThat(c.scaleMin()).isEqualTo(1);
            assertThat(c.scaleMax()).isBetween(4, 5);
            assertThat(c.gates()).hasSize(c.scaleMax() - c.scaleMin());
            assertThat(List.of(c.label().fr(), c.label().ar(), c.label().en(), c.description().fr(),
                    c.description().ar(), c.description().en())).allMatch(t -> !t.isBlank() && t.length() <= 2000);
            c.gates().forEach(g -> assertThat(List.of(g.fr(), g.ar(), g.en())).allMatch(t -> !t.isBlank()));
            assertThat(c.label().ar()).matches(".*[\\u0600-\\u06FF].*");
        }
        CriterionInput impact = criteria.get(1);
        assertThat(impact.weight()).isEqualTo(criteria.stream().mapToDouble(CriterionInput::weight).max().orElseThrow());
    }
}
