package ma.innovatice.finalist;

import jakarta.persistence.EntityManager;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.edition.Criterion;
import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.edition.RubricTemplate;
import ma.innovatice.round.JudgingRound;

import java.util.List;

/**
 * The criteria of a finalists' round: the presentation rubric ({@link RubricTemplate#presentation()})
 * written as the round's own criteria (criterion.round_id = the round, edition_id = its edition).
 */
public final class PresentationRubric {

    private PresentationRubric() {
    }

    /**
     * Writes the presentation criteria (and their gates) for the round, inside the caller's
     * transaction, unless the round already has criteria; returns how many were written (0 when it
     * already had some). Call it when a PRESENTATION round is configured.
     */
    public static int insertFor(EntityManager entityManager, JudgingRound round) {
        if (round.id == null) {
            throw new IllegalArgumentException("The round must be persisted (and flushed) first");
        }
        long existing = ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM criterion WHERE round_id = ?1")
                .setParameter(1, round.id).getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        List<CriterionInput> criteria = RubricTemplate.presentation();
        for (int position = 0; position < criteria.size(); position++) {
            CriterionInput c = criteria.get(position);
            LocalizedText description = c.description();
            QueryCache.writing(entityManager.createNativeQuery("INSERT INTO criterion (edition_id, round_id, code, "
                            + "label_fr, label_ar, label_en, description_fr, description_ar, description_en, weight, "
                            + "scale_min, scale_max, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                    .setParameter(1, round.editionId).setParameter(2, round.id).setParameter(3, c.code())
                    .setParameter(4, c.label().fr()).setParameter(5, c.label().ar()).setParameter(6, c.label().en())
                    .setParameter(7, description.fr()).setParameter(8, description.ar()).setParameter(9, description.en())
                    .setParameter(10, c.weight()).setParameter(11, c.scaleMin()).setParameter(12, c.scaleMax())
                    .setParameter(13, position + 1), Criterion.class).executeUpdate();
            long criterionId = ((Number) entityManager.createNativeQuery("SELECT id FROM criterion WHERE round_id = ?1 "
                    + "AND code = ?2").setParameter(1, round.id).setParameter(2, c.code()).getSingleResult()).longValue();
            List<LocalizedText> gates = c.gates() == null ? List.of() : c.gates();
            for (int g = 0; g < gates.size(); g++) {
                QueryCache.writing(entityManager.createNativeQuery("INSERT INTO criterion_gate (criterion_id, position, "
                                + "label_fr, label_ar, label_en) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, criterionId).setParameter(2, g).setParameter(3, gates.get(g).fr())
                        .setParameter(4, gates.get(g).ar()).setParameter(5, gates.get(g).en()), Criterion.class)
                        .executeUpdate();
            }
        }
        return criteria.size();
    }
}
