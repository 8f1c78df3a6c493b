package ma.innovatice.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.edition.EditionDtos.PreviewProject;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepository<Submission> {

    private static final Map<String, String> SORT_KEYS = Map.of(
            "createdAt", "s.createdAt", "submittedAt", "s.submittedAt", "updatedAt", "s.updatedAt",
            "title", "s.title", "region", "s.regionCode");

    private static final String WITH_EDITION_AND_AUTHOR =
            "select s from Submission s join fetch s.edition join fetch s.author where s.id = ?1";

    private final QueryCache cache;

    SubmissionRepository(QueryCache cache) {
        this.cache = cache;
    }

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

    /**
     * One page of the filtered list, sorted by a known key and then by id. The page's ids are found
     * first, from the index alone where one fits the filter and the sort; then only those rows are
     * read with their edition, author and file count. Reading whole rows while skipping to a deep page
     * (and counting the files of every skipped row) made each page cost as much as all the pages
     * before it.
     */
    public List<SummaryRow> search(SubmissionFilter filter, String sort, int page, int size) {
        boolean descending = sort.startsWith("-");
        String column = SORT_KEYS.get(descending ? sort.substring(1) : sort);
        String direction = descending ? " desc" : " asc";
        Where where = where(filter);
        TypedQuery<Long> query = cache.cached(getEntityManager().createQuery("select s.id from Submission s " + where.jpql
                + " order by " + column + direction + ", s.id" + direction, Long.class), QueryCache.Region.LISTS);
        where.parameters.map().forEach(query::setParameter);
        List<Long> ids = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // One parameter per id rather than one list parameter: Hibernate translates a query with a list
        // parameter again on every run (its SQL depends on the list's length), which cost more than
        // reading the rows from the cache. With a parameter each, there is one translation per page size.
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? ":id" : ", :id").append(i);
        }
        var rowsQuery = cache.cached(getEntityManager().createQuery(SummaryRow.SELECT + "where s.id in (" + in + ")",
                SummaryRow.class), QueryCache.Region.LISTS);
        for (int i = 0; i < ids.size(); i++) {
            rowsQuery.setParameter("id" + i, ids.get(i));
        }
        Map<Long, SummaryRow> rows = new HashMap<>();
        rowsQuery.getResultList().forEach(row -> rows.put(row.id(), row));
        // A row deleted between the two reads is left out of the page.
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public long countMatching(SubmissionFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = cache.cached(getEntityManager().createQuery(
                "select count(s) from Submission s " + where.jpql, Long.class), QueryCache.Region.LISTS);
        where.parameters.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The next rows after {@code afterId} with author and edition, for exports that stream by id. */
    public List<Submission> exportBatch(SubmissionFilter filter, long afterId, int size) {
        Where where = where(filter);
        TypedQuery<Submission> query = getEntityManager().createQuery("select s from Submission s join fetch s.edition e "
                + "join fetch s.author a " + where.jpql + " and s.id > :after order by s.id", Submission.class);
        where.parameters.map().forEach(query::setParameter);
        return query.setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    public static boolean isSortKey(String sort) {
        return sort != null && SORT_KEYS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
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
