package ma.innovatice.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.AccountService;
import ma.innovatice.account.Language;
import ma.innovatice.award.ShowcaseService;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.finalist.FinalistService;
import ma.innovatice.round.RoundTimeline;
import ma.innovatice.submission.SubmissionService;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a person's data export holds, read once: her account, her projects as she sees them (with
 * their round outcomes, published results, awards, certificate codes and finalist slot), a juror's
 * own evaluations, the emails sent to her that are not erased, and the list of her files (their
 * bytes are streamed afterwards by {@link DataExportZip}).
 */
@ApplicationScoped
public class DataExportService {

    /** At most this many emails (newest first); the outbox erases their content after its retention anyway. */
    static final int MAX_EMAILS = 5_000;
    private static final Set<String> PUBLISHED = Set.of("PUBLISHED", "ARCHIVED");

    private final EntityManager entityManager;
    private final SubmissionService submissions;
    private final ShowcaseService showcase;
    private final RoundTimeline rounds;
    private final FinalistService finalists;
    private final AuditService audit;
    private final Clock clock;
    private final ExportLimiter limiter;

    DataExportService(EntityManager entityManager, SubmissionService submissions, ShowcaseService showcase,
                      RoundTimeline rounds, FinalistService finalists, AuditService audit, Clock clock,
                      ExportLimiter limiter) {
        this.entityManager = entityManager;
        this.submissions = submissions;
        this.showcase = showcase;
        this.rounds = rounds;
        this.finalists = finalists;
        this.audit = audit;
        this.clock = clock;
        this.limiter = limiter;
    }

    /** One file of the export: the attachment whose bytes go at {@code path}. */
    public record ExportFile(long attachmentId, long projectId, String filename, long sizeBytes) {
    }

    /** The JSON documents (by entry name) and the files to stream. */
    public record Export(Instant exportedAt, Map<String, Object> documents, List<ExportFile> files) {
    }

    /**
     * Reads the caller's data and records the export in the audit log; 429 when she exported a moment
     * ago. The reads run without a transaction of their own (the teacher's pages answer errors, such as
     * "no round yet", that are simply left out here); the audit entry is written in its own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Export export(Actor actor) {
        limiter.acquire(actor.accountId());
        Account account = entityManager.find(Account.class, actor.accountId());
        if (account == null || account.erasedAt != null) {
            throw ProblemException.notFound("Account " + actor.accountId());
        }
        Instant now = clock.instant();
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("account.json", account(account, now));
        List<Map<String, Object>> projects = projects(actor);
        documents.put("projects.json", projects);
        List<Map<String, Object>> evaluations = evaluations(account.id);
        documents.put("evaluations.json", evaluations);
        List<Map<String, Object>> emails = emails(account.id);
        documents.put("emails.json", emails);
        List<ExportFile> files = files(account.id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("projects", projects.size());
        after.put("evaluations", evaluations.size());
        after.put("emails", emails.size());
        after.put("files", files.size());
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, AccountService.AUDIT_TYPE, actor.accountId(), "DATA_EXPORT",
                null, after));
        return new Export(now, documents, files);
    }

    private static Map<String, Object> account(Account a, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", now);
        out.put("id", a.id);
        out.put("email", a.email);
        out.put("emailConfirmed", a.emailConfirmed);
        out.put("firstName", a.firstName);
        out.put("lastName", a.lastName);
        out.put("role", a.role);
        out.put("preferredLanguage", a.preferredLanguage.code());
        out.put("regionCode", a.regionCode);
        out.put("schoolName", a.schoolName);
        out.put("schoolLevel", a.schoolLevel);
        out.put("discipline", a.discipline);
        out.put("phone", a.phone);
        out.put("remindersEnabled", a.remindersEnabled);
        out.put("enabled", a.enabled);
        out.put("privacyNoticeVersion", a.privacyNoticeVersion);
        out.put("privacyAcceptedAt", a.privacyAcceptedAt);
        out.put("createdAt", a.createdAt);
        out.put("updatedAt", a.updatedAt);
        return out;
    }

    private List<Map<String, Object>> projects(Actor actor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows("SELECT s.id AS id, e.id AS editionId, e.number AS number, e.year AS year, "
                + "e.title AS title, e.status AS status FROM submission s JOIN edition e ON e.id = s.edition_id "
                + "WHERE s.author_id = ?1 ORDER BY e.number, s.id", actor.accountId())) {
            long id = ((Number) row.get("id")).longValue();
            boolean published = PUBLISHED.contains(String.valueOf(row.get("status")));
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("project", submissions.find(id, actor).orElse(null));
            Map<String, Object> edition = new LinkedHashMap<>(row);
            edition.remove("id");
            project.put("edition", edition);
            project.put("rounds", optional(() -> rounds.of(id, actor, Language.FR)));
            project.put("result", published ? optional(() -> showcase.result(id, actor)) : null);
            project.put("awards", published ? rows("SELECT kind, award_rank AS `rank`, citation FROM award "
                    + "WHERE submission_id = ?1 ORDER BY award_rank", id) : List.of());
            project.put("certificates", published ? rows("SELECT code, kind, issued_at AS issuedAt, "
                    + "holder_first_name AS holderFirstName, holder_last_name AS holderLastName, revoked_at AS revokedAt, "
                    + "revocation_reason AS revocationReason FROM certificate WHERE submission_id = ?1 ORDER BY issued_at, id", id)
                    : List.of());
            project.put("finalistSlot", optional(() -> finalists.mySlot(id, actor)));
            out.add(project);
        }
        return out;
    }

    /** A juror's own evaluations, with the project's title and edition and her scores. */
    private List<Map<String, Object>> evaluations(long accountId) {
        List<Map<String, Object>> out = rows("SELECT ev.id AS id, ed.number AS editionNumber, ed.year AS editionYear, "
                + "a.submission_id AS projectId, s.title AS projectTitle, ev.status AS status, ev.raw_score AS score, "
                + "ev.private_comment AS privateComment, ev.feedback AS feedback, ev.submitted_at AS submittedAt, "
                + "ev.created_at AS createdAt, ev.updated_at AS updatedAt FROM evaluation ev "
                + "JOIN assignment a ON a.id = ev.assignment_id JOIN submission s ON s.id = a.submission_id "
                + "JOIN edition ed ON ed.id = a.edition_id WHERE a.juror_id = ?1 ORDER BY ed.number, ev.id", accountId);
        for (Map<String, Object> evaluation : out) {
            evaluation.put("scores", rows("SELECT c.code AS criterion, sc.score AS score, sc.gates AS gates "
                    + "FROM evaluation_score sc JOIN criterion c ON c.id = sc.criterion_id WHERE sc.evaluation_id = ?1 "
                    + "ORDER BY c.position", evaluation.get("id")));
        }
        return out;
    }

    private List<Map<String, Object>> emails(long accountId) {
        return rows("SELECT created_at AS createdAt, sent_at AS sentAt, kind, status, recipient, subject, "
                + "text_body AS textBody FROM outbox_message WHERE account_id = ?1 AND erased_at IS NULL "
                + "ORDER BY created_at DESC, id DESC LIMIT " + MAX_EMAILS, accountId);
    }

    @SuppressWarnings("unchecked")
    private List<ExportFile> files(long accountId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT a.id, a.submission_id, a.filename, a.size_bytes "
                        + "FROM attachment a JOIN submission s ON s.id = a.submission_id WHERE s.author_id = ?1 "
                        + "ORDER BY a.submission_id, a.id")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new ExportFile(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    /** What a teacher's own page would show, or null where it answers an error (not published, no round). */
    private static Object optional(Supplier<Object> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tuple tuple : (List<Tuple>) query.getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (TupleElement<?> element : tuple.getElements()) {
                row.put(element.getAlias(), plain(tuple.get(element)));
            }
            out.add(row);
        }
        return out;
    }

    /** Database date-times are UTC instants here. */
    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        return value;
    }
}
