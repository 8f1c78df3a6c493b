package ma.innovatice.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.db.JobLeases;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence retention (law 09-08): the files (evidence and parents' authorisations) of projects
 * without an award, in editions published or archived for longer than their
 * {@code evidence_retention_months}, are deleted with their bytes; the project texts stay, and so do
 * the files of awarded projects.
 * <p>
 * One pass at a time across every API process: a pass holds the job lease {@value #LOCK}
 * ({@link JobLeases}, a row of {@code job_lease}, so also on a Galera cluster) for its whole run,
 * released when it ends, or expiring {@link #HOLD} after its start if its process dies; a process that
 * does not get it at once does nothing.
 * The files go in batches of {@code innovatice.retention.batch-size}, each in its own short
 * transaction that also adds its counts to the pass's report row, so the report counts exactly what
 * was committed. A failed batch is rolled back, counted as an error and ends the pass (the next one
 * tries again). Idempotent: an erased file is gone, a second pass finds nothing more to erase.
 */
@ApplicationScoped
public class EvidenceRetention {

    static final String LOCK = "evidence-retention-pass";
    /** Longer than a pass of {@link #MAX_BATCHES} batches takes. */
    static final Duration HOLD = Duration.ofHours(1);
    /** Batches per pass at most, so one pass stays bounded in time; the next pass goes on. */
    static final int MAX_BATCHES = 1_000;
    private static final Logger LOG = Logger.getLogger(EvidenceRetention.class);

    private final JobLeases leases;
    private final RetentionRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final int batchSize;

    EvidenceRetention(JobLeases leases, RetentionRepository repository, AuditService audit, Clock clock,
                      InnovaticeConfig config) {
        int batchSize = config.retention().batchSize();
        this.leases = leases;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.batchSize = Math.max(1, Math.min(batchSize, 10_000));
    }

    /** What one pass did. */
    public record PassReport(long passId, int editions, int files, long bytes, int errors) {
    }

    /** Runs a pass, or nothing (empty) when another process or thread is running one. */
    public Optional<PassReport> run() {
        Optional<JobLeases.Lease> lease = leases.hold(LOCK, HOLD);
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        try (JobLeases.Lease held = lease.get()) {
            return Optional.of(pass());
        }
    }

    private PassReport pass() {
        Instant started = clock.instant();
        long pass = QuarkusTransaction.requiringNew().call(() -> repository.startPass(started));
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> repository.dueEditions(started));
        int files = 0;
        long bytes = 0;
        int errors = 0;
        for (int batch = 0; !due.isEmpty() && batch < MAX_BATCHES; batch++) {
            int[] erased = {0};
            long[] size = {0};
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    List<Object[]> rows = repository.erasableFiles(due, batchSize);
                    Map<Long, long[]> perEdition = new LinkedHashMap<>();
                    List<Long> ids = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        ids.add(((Number) row[0]).longValue());
                        long[] counts = perEdition.computeIfAbsent(((Number) row[1]).longValue(), e -> new long[2]);
                        counts[0]++;
                        counts[1] += ((Number) row[2]).longValue();
                    }
                    if (ids.isEmpty()) {
                        return;
                    }
                    repository.deleteFiles(ids);
                    Instant now = clock.instant();
                    perEdition.forEach((edition, counts) -> repository.countErased(pass, edition, (int) counts[0],
                            counts[1], now));
                    erased[0] = ids.size();
                    size[0] = perEdition.values().stream().mapToLong(c -> c[1]).sum();
                });
            } catch (RuntimeException e) {
                errors++;
                LOG.errorf(e, "An evidence retention batch failed (pass %d); the next pass tries again", pass);
                String message = String.valueOf(e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> repository.failed(pass,
                        message.substring(0, Math.min(500, message.length()))));
                break;
            }
            files += erased[0];
            bytes += size[0];
            if (erased[0] < batchSize) {
                break;
            }
        }
        int editions = due.size();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] row : repository.erasedBy(pass)) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("retentionPass", pass);
                after.put("filesErased", ((Number) row[1]).intValue());
                after.put("bytesErased", ((Number) row[2]).longValue());
                audit.record(Actor.SYSTEM, "EDITION", ((Number) row[0]).longValue(), "EVIDENCE_ERASED", null, after);
            }
            repository.finish(pass, editions, clock.instant());
        });
        return new PassReport(pass, editions, files, bytes, errors);
    }
}
