package ma.innovatice.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CriterionRepository implements PanacheRepository<Criterion> {

    /** The rubric with its gates, in one statement. */
    public List<Criterion> rubric(long editionId) {
        return find("select distinct c from Criterion c left join fetch c.gates where c.edition.id = ?1 "
                + "order by c.position", editionId).list();
    }

    public long deleteRubric(long editionId) {
        return delete("edition.id", editionId);
    }
}
