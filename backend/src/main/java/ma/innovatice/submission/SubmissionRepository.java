package ma.innovatice.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import ma.innovatice.edition.EditionDtos.PreviewProject;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepository<Submission> {

    private static final String WITH_EDITION_AND_AUTHOR =
            "select s from Submission s join fetch s.edition join fetch s.author where s.id = ?1";

    /** A submission with its edition and author, whoever asks (administrators). */
    public Optional<Submission> findWithDetails(long id) {
        return find(WITH_EDITION_AND_AUTHOR, id).firstResultOptional();
    }

    /** A teacher's own submission: another teacher's id finds nothing. */
    public Optional<Submission> findOwned(long id, long authorId) {
        return find(WITH_EDITION_AND_AUTHOR + " and s.author.id = ?2", id, authorId).firstResultOptional();
    }

    /** The DRAFT projects of an edition with their authors, by id: those a closing of the call leaves out. */
    public List<PreviewProject> drafts(long editionId) {
        return getEntityManager().createQuery("select new ma.innovatice.edition.EditionDtos$PreviewProject(s.id, s.title, "
                        + "concat(a.firstName, ' ', a.lastName)) from Submission s join s.author a "
                        + "where s.edition.id = ?1 and s.status = ?2 order by s.id", PreviewProject.class)
                .setParameter(1, editionId).setParameter(2, SubmissionStatus.DRAFT).getResultList();
    }

    public boolean hasActive(long editionId, long authorId, Long exceptId) {
        return count("edition.id = ?1 and author.id = ?2 and status <> ?3 and id <> ?4", editionId, authorId,
                SubmissionStatus.WITHDRAWN, exceptId == null ? -1L : exceptId) > 0;
    }

    public List<SummaryRow> listByAuthor(long authorId) {
        return getEntityManager().createQuery(SummaryRow.SELECT + "where a.id = :author order by s.createdAt desc, s.id desc",
                SummaryRow.class).setParameter("author", authorId).getResultList();
    }

    /** The next rows after {@code afterId} with author and edition, for exports that stream by id. */
    public List<Submission> exportBatch(SubmissionFilter filter, long afterId, int size) {
        Where where = where(filter);
        TypedQuery<Submission> query = getEntityManager().createQuery("select s from Submission s join fetch s.edition e "
                + "join fetch s.author a " + where.jpql + " and s.id > :after order by s.id", Submission.class);
        where.parameters.map().forEach(query::setParameter);
        return query.setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    private record Where(String jpql, Parameters parameters) {
    }

    private static Where where(SubmissionFilter filter) {
        StringBuilder jpql = new StringBuilder("where 1 = 1");
        Parameters parameters = new Parameters();
        if (filter.editionId() != null) {
            jpql.append(" and s.edition.id = :edition");
            parameters.and("edition", filter.editionId());
        }
        if (filter.status() != null) {
            jpql.append(" and s.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.region() != null) {
            jpql.append(" and s.regionCode = :region");
            parameters.and("region", filter.region());
        }
        if (filter.level() != null) {
            jpql.append(" and s.schoolLevel = :level");
            parameters.and("level", filter.level());
        }
        if (filter.discipline() != null && !filter.discipline().isBlank()) {
            jpql.append(" and s.discipline = :discipline");
            parameters.and("discipline", filter.discipline().trim());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (s.title like :text escape '!' or s.summary like :text escape '!')");
            parameters.and("text", "%" + escapeLike(filter.text().trim()) + "%");
        }
        return new Where(jpql.toString(), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
