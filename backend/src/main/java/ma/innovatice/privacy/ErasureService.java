package ma.innovatice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.AccountService;
import ma.innovatice.account.LoginThrottle;
import ma.innovatice.account.PasswordHasher;
import ma.innovatice.account.Role;
import ma.innovatice.award.PublicPagesChanged;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.privacy.ErasureDtos.ErasureReport;
import ma.innovatice.submission.SubmissionService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The erasure of a person's account and personal data (law 09-08), asked by the person (with her
 * password) or carried out by an administrator on her behalf (with a reason). Everything happens in
 * one transaction: a failure at any step leaves everything as it was.
 * <ul>
 * <li>Projects of editions not yet published (drafts, withdrawn, submitted, under judging) are
 * deleted with their files and what the judging held about them (assignments and their evaluations,
 * conflicts, screening, round entries, presentation slots, delegation places, awards still being
 * decided): rankings are computed from the evaluations that exist, so the others' ranking is the one
 * it would have been had the project never been entered.</li>
 * <li>Projects of PUBLISHED or ARCHIVED editions stay with their scores, ranking and awards, but lose
 * their school, co-authors and links and their files; their certificates name the anonymised holder.
 * The title, summary and description stay: they are what the public results show of a laureate.</li>
 * <li>The account row stays (it scored or won) with every personal field replaced, disabled, its
 * tokens dead; emails to her are erased; the audit log keeps the erasure, with counts only, and no
 * longer names her in the entries she made.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    /** The name an erased person and her anonymised projects and certificates carry, in every language. */
    public static final String ANONYMOUS_FIRST_NAME = "Participant·e";
    public static final String ANONYMOUS_LAST_NAME = "anonymisé·e";
    /** Undeliverable by construction (RFC 2606 reserves .invalid), unique by the account's id. */
    static final String ERASED_DOMAIN = "@erased.invalid";
    static final String ERASED_STATE = "{\"erased\":true}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final Clock clock;
    private final Event<AccountErasing> erasing;
    private final Event<PublicPagesChanged> publicPagesChanged;

    ErasureService(EntityManager entityManager, PasswordHasher hasher, LoginThrottle throttle, AuditService audit,
                   Clock clock, Event<AccountErasing> erasing,
                   Event<PublicPagesChanged> publicPagesChanged) {
        this.entityManager = entityManager;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.erasing = erasing;
        this.publicPagesChanged = publicPagesChanged;
    }

    /** The caller erases her own account, given her current password. */
    public ErasureReport eraseSelf(Actor actor, String currentPassword) {
        throttle.checkPasswordChange(actor.accountId());
        Account account = locked(actor.accountId());
        if (account.erasedAt != null) {
            throw ProblemException.notFound("Account " + actor.accountId());
        }
        if (!hasher.matches(currentPassword, account.passwordHash)) {
            throttle.passwordChangeFailed(account.id);
            throw ProblemException.invalid(List.of(new FieldError("currentPassword", "is not your current password")));
        }
        return erase(account, actor, null);
    }

    /** An administrator carries out the erasure request of someone else, with the reason. */
    public ErasureReport eraseByAdmin(long accountId, String reason, Actor admin) {
        if (admin.accountId() != null && admin.accountId() == accountId) {
            throw ProblemException.conflict("self-erasure", "Use your own erasure",
                    "An administrator erases their own account from their data page (POST /api/me/erasure), with their password.");
        }
        Account account = locked(accountId);
        if (account.erasedAt != null) {
            throw ProblemException.conflict("already-erased", "Already erased",
                    "The personal data of this account were erased on " + account.erasedAt + ".");
        }
        return erase(account, admin, reason.trim());
    }

    private Account locked(long id) {
        Account account = entityManager.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ProblemException.notFound("Account " + id);
        }
        return account;
    }

    private ErasureReport erase(Account account, Actor actor, String reason) {
        if (account.role == Role.ADMIN && account.enabled && otherEnabledAdmins(account.id) == 0) {
            throw ProblemException.conflict("last-admin", "Last administrator",
                    "The last enabled administrator cannot be erased: enable or create another administrator first.");
        }
        Instant now = clock.instant();
        List<Long> unpublished = projects(account.id, false);
        List<Long> published = projects(account.id, true);
        erasing.fire(new AccountErasing(account.id, actor, unpublished, published));

        List<Long> all = new ArrayList<>(unpublished);
        all.addAll(published);
        int files = all.isEmpty() ? 0 : ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM attachment WHERE submission_id IN (?1)").setParameter(1, all).getSingleResult()).intValue();
        String erasedEmail = "erased-" + account.id + ERASED_DOMAIN;
        // Her project entries and account entries in the audit log held her data: they keep the fact, not the content.
        blankAuditStates(SubmissionService.AUDIT_TYPE, all);
        deleteProjects(unpublished);
        anonymiseProjects(published, now);
        blankAuditStates(AccountService.AUDIT_TYPE, List.of(account.id));
        write("UPDATE audit_log SET actor_email = ?2 WHERE actor_id = ?1", account.id, erasedEmail);
        int emails = write("UPDATE outbox_message SET recipient = '', subject = '', text_body = '', html_body = '', "
                + "attachment_data = NULL, last_error = NULL, erased_at = ?3, "
                + "status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END "
                + "WHERE erased_at IS NULL AND (account_id = ?1 OR recipient = ?2)", account.id, account.email, now);
        write("DELETE FROM password_token WHERE account_id = ?1", account.id);
        write("DELETE FROM password_reset_request WHERE email = ?1", account.email);

        account.email = erasedEmail;
        account.firstName = ANONYMOUS_FIRST_NAME;
        account.lastName = ANONYMOUS_LAST_NAME;
        account.phone = null;
        account.schoolName = null;
        account.schoolLevel = null;
        account.discipline = null;
        // A coordinator's row must name a region (the academy it served); nobody else keeps one.
        if (account.role != Role.COORDINATOR) {
            account.regionCode = null;
        }
        account.passwordHash = hasher.hash(unguessable());
        account.enabled = false;
        account.remindersEnabled = false;
        account.tokenGeneration++;
        account.erasedAt = now;
        account.updatedAt = now;
        entityManager.flush();

        ErasureReport report = new ErasureReport(account.id, now, unpublished.size(), published.size(), files, emails);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("erased", true);
        after.put("by", reason == null ? "SELF" : "ADMIN");
        if (reason != null) {
            after.put("reason", reason);
        }
        after.put("projectsDeleted", report.projectsDeleted());
        after.put("projectsAnonymised", report.projectsAnonymised());
        after.put("filesErased", report.filesErased());
        after.put("emailsErased", report.emailsErased());
        Actor recorded = reason == null ? new Actor(account.id, erasedEmail, actor.role()) : actor;
        audit.record(recorded, AccountService.AUDIT_TYPE, account.id, "ERASURE", null, after);
        entityManager.flush();
        // Her published projects and certificates are anonymised: the public pages read them again once committed.
        publicPagesChanged.fire(new PublicPagesChanged("account " + account.id + " erased"));
        return report;
    }

    /** The audit entries about these entities keep that something happened, not what it held. */
    private void blankAuditStates(String entityType, List<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        write("UPDATE audit_log SET before_state = CASE WHEN before_state IS NULL THEN NULL ELSE ?3 END, "
                + "after_state = CASE WHEN after_state IS NULL THEN NULL ELSE ?3 END "
                + "WHERE entity_type = ?1 AND entity_id IN (?2)", entityType, entityIds, ERASED_STATE);
    }

    private long otherEnabledAdmins(long accountId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' "
                + "AND enabled = TRUE AND erased_at IS NULL AND id <> ?1").setParameter(1, accountId)
                .getSingleResult()).longValue();
    }

    /** Her projects in editions published or archived ({@code published}), or in the others; locked. */
    @SuppressWarnings("unchecked")
    private List<Long> projects(long accountId, boolean published) {
        return ((List<Number>) entityManager.createNativeQuery("SELECT s.id FROM submission s JOIN edition e ON e.id = s.edition_id "
                        + "WHERE s.author_id = ?1 AND e.status " + (published ? "" : "NOT ") + "IN ('PUBLISHED', 'ARCHIVED') "
                        + "ORDER BY s.id FOR UPDATE").setParameter(1, accountId).getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** Deletes projects and every row about them (files, judging, awards not yet published). */
    private void deleteProjects(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        write("DELETE FROM presentation_slot WHERE submission_id IN (?1)", ids);
        write("DELETE FROM delegation_member WHERE submission_id IN (?1)", ids);
        write("DELETE FROM round_entry WHERE submission_id IN (?1)", ids);
        write("DELETE FROM screening WHERE submission_id IN (?1)", ids);
        write("DELETE FROM conflict WHERE submission_id IN (?1)", ids);
        write("UPDATE certificate SET replaced_by = NULL WHERE replaced_by IN (SELECT id FROM "
                + "(SELECT id FROM certificate WHERE submission_id IN (?1)) c)", ids);
        write("DELETE FROM certificate WHERE submission_id IN (?1)", ids);
        write("DELETE FROM award WHERE submission_id IN (?1)", ids);
        // Evaluations (and their scores and moderation) go with their assignments.
        write("DELETE FROM assignment WHERE submission_id IN (?1)", ids);
        // Files (and their bytes) go with their project.
        write("DELETE FROM submission WHERE id IN (?1)", ids);
    }

    /** Keeps projects and their results, without her school, co-authors, links or files. */
    private void anonymiseProjects(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        write("DELETE FROM attachment WHERE submission_id IN (?1)", ids);
        write("UPDATE submission SET school_name = NULL, co_authors = '[]', video_url = NULL, site_url = NULL, "
                + "attachment_count = 0, anonymised_at = ?2, updated_at = ?2, version = version + 1 WHERE id IN (?1)", ids, now);
        write("UPDATE certificate SET holder_first_name = ?2, holder_last_name = ?3, school_name = NULL "
                + "WHERE submission_id IN (?1)", ids, ANONYMOUS_FIRST_NAME, ANONYMOUS_LAST_NAME);
    }

    private int write(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i] instanceof Collection<?> c ? List.copyOf(c) : parameters[i]);
        }
        return QueryCache.writing(query).executeUpdate();
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().withoutPadding().encodeToString(secret).substring(0, 40);
    }
}
