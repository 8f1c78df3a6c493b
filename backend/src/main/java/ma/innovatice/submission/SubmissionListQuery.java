package ma.innovatice.submission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrators' submissions list as one SQL statement a page (issue 22). The first page is
 * read in the index's order; on a deeper one the page's ids are found from the index in a derived
 * table, then only those rows are joined to their edition and author; the evidence count is the row's own {@code attachment_count} (V32). One row more than the
 * page is read, so that the last page knows it is the last without counting.
 * <p>
 * The total is exact on a page that is not full (its own offset plus its rows). A full page takes it
 * from a count of the same filter kept at most {@value #TOTAL_MAX_AGE_MS} ms, and forgotten as soon
 * as this process writes to the submissions (Hibernate's table timestamps, the test its query cache
 * applies); another process's writes show in it within that age. The old list counted the whole
 * edition exactly on every page, which cost more than the page itself.
 */
@ApplicationScoped
public class SubmissionListQuery {

    static final long TOTAL_MAX_AGE_MS = 1000;
    private static final String[] TABLES = {"submission"};

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "created_at", "submittedAt", "submitted_at", "updatedAt", "updated_at",
            "title", "title", "region", "region_code");

    private static final String COLUMNS = "s.id, e.id, e.number, e.year, e.title, e.title_ar, e.title_en, e.status, "
            + "e.submissions_close_at, a.id, a.first_name, a.last_name, a.email, s.title, s.summary, s.discipline, "
            + "s.school_level, s.region_code, s.school_name, s.pupils_count, s.status, s.attachment_count, "
            + "s.submitted_at, s.created_at, s.updated_at";

    private final SessionFactoryImplementor sessions;
    private final EntityManager entityManager;
    /** Counts by filter; bounded by entries (a filter's key is small) and by age. */
    private final Cache<SubmissionFilter, KeptTotal> totals = Caffeine.newBuilder()
            .maximumSize(1000).expireAfterWrite(Duration.ofMillis(TOTAL_MAX_AGE_MS)).build();

    SubmissionListQuery(EntityManagerFactory factory, EntityManager entityManager) {
        this.sessions = factory.unwrap(SessionFactoryImplementor.class);
        this.entityManager = entityManager;
    }

    /** A page of rows and the total number of matching submissions. */
    public record Result(List<SummaryRow> rows, long total) {
    }

    private record KeptTotal(long total, long moment) {
    }

    private record Sql(String where, List<Object> parameters) {
    }

    public Result page(SubmissionFilter filter, String sort, int page, int size) {
        boolean descending = sort.startsWith("-");
        String column = SORT_COLUMNS.get(descending ? sort.substring(1) : sort);
        String direction = descending ? " DESC" : " ASC";
        String order = " ORDER BY s." + column + direction + ", s.id" + direction;
        Sql where = where(filter);
        // The first page reads its rows in the index's order and stops after them; a deeper page finds
        // its ids from the index alone first (skipping whole rows cost as much as all the pages before).
        String sql = page == 0
                ? "SELECT " + COLUMNS + " FROM submission s JOIN edition e ON e.id = s.edition_id "
                        + "JOIN account a ON a.id = s.author_id" + where.where() + order + " LIMIT ? OFFSET ?"
                : "SELECT " + COLUMNS + " FROM (SELECT s.id FROM submission s" + where.where() + order
                        + " LIMIT ? OFFSET ?) p JOIN submission s ON s.id = p.id JOIN edition e ON e.id = s.edition_id "
                        + "JOIN account a ON a.id = s.author_id" + order;
        Session session = entityManager.unwrap(Session.class);
        long offset = (long) page * size;
        // Taken before the read: a write that begins after it makes a count kept now untrusted.
        long moment = sessions.getCache().getRegionFactory().nextTimestamp();
        List<SummaryRow> rows = session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = bind(statement, where.parameters());
                statement.setInt(i++, size + 1);
                statement.setLong(i, offset);
                try (ResultSet rs = statement.executeQuery()) {
                    List<SummaryRow> found = new ArrayList<>(size + 1);
                    while (rs.next()) {
                        found.add(row(rs));
                    }
                    return found;
                }
            }
        });
        if (rows.size() <= size && (!rows.isEmpty() || page == 0)) {
            return new Result(rows, offset + rows.size());
        }
        List<SummaryRow> items = rows.size() > size ? rows.subList(0, size) : rows;
        return new Result(items, total(filter, where, session, moment));
    }

    private long total(SubmissionFilter filter, Sql where, Session session, long moment) {
        KeptTotal kept = totals.getIfPresent(filter);
        if (kept != null && sessions.getCache().getTimestampsCache()
                .isUpToDate(TABLES, kept.moment(), entityManager.unwrap(SharedSessionContractImplementor.class))) {
            return kept.total();
        }
        long total = session.doReturningWork(connection -> count(connection, where));
        totals.put(filter, new KeptTotal(total, moment));
        return total;
    }

    private static long count(Connection connection, Sql where) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM submission s" + where.where())) {
            bind(statement, where.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Long number) {
                statement.setLong(i++, number);
            } else {
                statement.setString(i++, (String) parameter);
            }
        }
        return i;
    }

    private static SummaryRow row(ResultSet rs) throws SQLException {
        int pupils = rs.getInt(20);
        Integer pupilsCount = rs.wasNull() ? null : pupils;
        return new SummaryRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), EditionStatus.valueOf(rs.getString(8)), instant(rs, 9), rs.getLong(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), pupilsCount,
                SubmissionStatus.valueOf(rs.getString(21)), rs.getInt(22), instant(rs, 23), instant(rs, 24),
                instant(rs, 25));
    }

    /** DATETIME columns hold UTC (quarkus.hibernate-orm.jdbc.timezone). */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Sql where(SubmissionFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.editionId() != null) {
            sql.append(" AND s.edition_id = ?");
            parameters.add(filter.editionId());
        }
        if (filter.status() != null) {
            sql.append(" AND s.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.region() != null) {
            sql.append(" AND s.region_code = ?");
            parameters.add(filter.region());
        }
        if (filter.level() != null) {
            sql.append(" AND s.school_level = ?");
            parameters.add(filter.level());
        }
        if (filter.discipline() != null && !filter.discipline().isBlank()) {
            sql.append(" AND s.discipline = ?");
            parameters.add(filter.discipline().trim());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + escapeLike(filter.text().trim()) + "%";
            sql.append(" AND (s.title LIKE ? ESCAPE '!' OR s.summary LIKE ? ESCAPE '!')");
            parameters.add(like);
            parameters.add(like);
        }
        return new Sql(sql.toString(), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
