package ma.innovatice.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CriterionRepository implements PanacheRepository<Criterion> {

    /** The edition's own rubric (that of its CLD21 rounds) with its gates, in one statement. */
    public List<Criterion> rubric(long editionId) {
        return find("select distinct c from Criterion c left join fetch c.gates where c.edition.id = ?1 "
                + "and c.roundId is null order by c.position", editionId).list();
    }

    /** The own rubric of a round (a PRESENTATION round) with its gates; empty for a round judged on the edition's. */
    public List<Criterion> roundRubric(long roundId) {
        return find("select distinct c from Criterion c left join fetch c.gates where c.roundId = ?1 "
                + "order by c.position", roundId).list();
    }

    /** Deletes the edition's own rubric; the rounds' own rubrics go with their rounds. */
    public long deleteRubric(long editionId) {
        return delete("edition.id = ?1 and roundId is null", editionId);
    }

    public long deleteRoundRubric(long roundId) {
        return delete("roundId", roundId);
    }
}
