package ma.innovatice.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a recurring job once across every API process sharing the database, on a single MariaDB
 * server as on a Galera cluster. Each job has a row in {@code job_lease}; a process takes a round
 * with one conditional UPDATE in autocommit (the round is due and nobody holds the row), so of two
 * processes racing for it only one sees its row changed: on one server the second UPDATE waits for
 * the first and then finds the condition false; on Galera the second node's write loses certification
 * and answers a deadlock error, which here means "taken by another" and skips the round. No named lock
 * ({@code GET_LOCK} is neither replicated nor kept across a dropped connection) and no lock is held
 * while the job runs: the row carries an expiry, so a process that dies mid-round leaves the job to
 * the others once it expires. The database's clock decides (UTC_TIMESTAMP), not the processes'.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class);
    /** Deadlock (a lost Galera certification) and lock wait timeout: another process had the row. */
    private static final Set<Integer> TAKEN_ELSEWHERE = Set.of(1213, 1205);

    private final AgroalDataSource dataSource;
    /** This process, in the row of the jobs it holds (for operators reading the table). */
    private final String process = processName();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    JobLeases(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A round held by this process; closing it lets the others take the next due round at once. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The next round of {@code job}, when it is due across all processes (none ran within the last
     * {@code every}, less a tenth so that a timer firing a little early still takes it) and no
     * process holds it; held for at most {@code hold}. Empty: another process runs it or ran it.
     */
    public Optional<Lease> claimRound(String job, Duration every, Duration hold) {
        long dueAfter = Math.max(0, every.toNanos() / 1000 - every.toNanos() / 10_000);
        return take(job, "UPDATE job_lease SET owner = ?, lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND, "
                + "next_run_at = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND "
                + "WHERE name = ? AND lease_until <= UTC_TIMESTAMP(3) AND next_run_at <= UTC_TIMESTAMP(3)", hold, dueAfter);
    }

    /** {@code job} for at most {@code hold}, whenever no other process (or thread) holds it. */
    public Optional<Lease> hold(String job, Duration hold) {
        return take(job, "UPDATE job_lease SET owner = ?, lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND "
                + "WHERE name = ? AND lease_until <= UTC_TIMESTAMP(3)", hold, -1);
    }

    private Optional<Lease> take(String job, String update, Duration hold, long dueAfterMicros) {
        String owner = process + "/" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            ensureRow(connection, job);
            try (PreparedStatement claim = connection.prepareStatement(update)) {
                int i = 1;
                claim.setString(i++, owner);
                claim.setLong(i++, hold.toNanos() / 1000);
                if (dueAfterMicros >= 0) {
                    claim.setLong(i++, dueAfterMicros);
                }
                claim.setString(i, job);
                if (claim.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            if (TAKEN_ELSEWHERE.contains(e.getErrorCode())) {
                LOG.debugf("Job %s taken by another process (%s)", job, e.getMessage());
                return Optional.empty();
            }
            throw new IllegalStateException("Could not claim the job " + job + ": " + e.getMessage(), e);
        }
        return Optional.of(() -> release(job, owner));
    }

    private void ensureRow(Connection connection, String job) throws SQLException {
        if (known.contains(job)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO job_lease (name, next_run_at, "
                + "lease_until) VALUES (?, '2000-01-01', '2000-01-01')")) {
            insert.setString(1, job);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!TAKEN_ELSEWHERE.contains(e.getErrorCode())) {
                throw e;
            }
            // Another node inserted it at the same moment: it exists.
        }
        known.add(job);
    }

    private void release(String job, String owner) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement release = connection.prepareStatement("UPDATE job_lease SET lease_until = "
                    + "UTC_TIMESTAMP(3) WHERE name = ? AND owner = ?")) {
                release.setString(1, job);
                release.setString(2, owner);
                release.executeUpdate();
            }
        } catch (SQLException e) {
            // The lease expires by itself.
            LOG.warnf("Could not release the job %s (it is free again when its lease expires): %s", job, e.getMessage());
        }
    }

    /**
     * Whether a failure is the database refusing a write because another process changed the same
     * rows at the same time: a deadlock (on Galera, a lost certification) or a lock wait timeout.
     */
    public static boolean lostToAnother(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && TAKEN_ELSEWHERE.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static String processName() {
        String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
