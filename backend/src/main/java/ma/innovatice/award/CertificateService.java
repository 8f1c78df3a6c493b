package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.award.AwardDtos.CertificateRecord;
import ma.innovatice.award.AwardDtos.CertificateReissue;
import ma.innovatice.award.AwardDtos.CertificateReissued;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionRepository;
import ma.innovatice.submission.Submission;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Corrections of certificates already issued. A certificate never follows later edits of the
 * profile or the project: an administrator reissues it, which revokes the code in force (it then
 * answers "revoked" to anyone checking it) and issues a new certificate with a new code.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    static final String AUDIT_TYPE = "CERTIFICATE";

    private final EntityManager entityManager;
    private final EditionRepository editions;
    private final AuditService audit;
    private final Clock clock;

    CertificateService(EntityManager entityManager, EditionRepository editions, AuditService audit,
                       Clock clock) {
        this.entityManager = entityManager;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public CertificateReissued reissue(long submissionId, CertificateReissue input, Actor actor) {
        Submission submission = entityManager.find(Submission.class, submissionId);
        if (submission == null) {
            throw ProblemException.notFound("Submission " + submissionId);
        }
        // The edition's row lock orders reissues of its certificates and keeps its status still meanwhile.
        Edition edition = editions.findForUpdate(submission.edition.id)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        if (!ShowcaseService.published(edition)) {
            throw new ProblemException(new Problem("results-not-published", "Results not published yet", 409,
                    "Certificates exist once edition " + edition.number + " is published.")
                    .with("currentStatus", edition.status.name()));
        }
        Certificate old = entityManager.createQuery("select c from Certificate c where c.submission.id = ?1 "
                        + "and c.revokedAt is null", Certificate.class)
                .setParameter(1, submissionId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Certificate of submission " + submissionId));

        Instant now = clock.instant();
        Certificate next = new Certificate();
        next.code = CertificateCodes.next();
        next.editionId = old.editionId;
        next.submission = old.submission;
        next.kind = old.kind;
        next.issuedAt = now;
        next.holderFirstName = input.firstName() == null ? old.holderFirstName : input.firstName().strip();
        next.holderLastName = input.lastName() == null ? old.holderLastName : input.lastName().strip();
        next.schoolName = input.schoolName() == null ? old.schoolName
                : input.schoolName().isBlank() ? null : input.schoolName().strip();
        next.projectTitle = input.projectTitle() == null ? old.projectTitle : input.projectTitle().strip();
        next.editionNumber = old.editionNumber;
        next.editionYear = old.editionYear;
        next.editionTitle = old.editionTitle;
        next.place = old.place;

        CertificateRecord before = CertificateRecord.of(old);
        old.revokedAt = now;
        old.revocationReason = input.reason().strip();
        // The old one leaves force before the new one enters it (one certificate in force per project).
        entityManager.flush();
        entityManager.persist(next);
        entityManager.flush();
        old.replacedBy = next.id;
        entityManager.flush();

        CertificateRecord after = CertificateRecord.of(next);
        Map<String, Object> revocation = new LinkedHashMap<>();
        revocation.put("code", old.code);
        revocation.put("revokedAt", now);
        revocation.put("reason", old.revocationReason);
        revocation.put("replacedBy", next.code);
        audit.record(actor, AUDIT_TYPE, old.id, "REVOKE", before, revocation);
        audit.record(actor, AUDIT_TYPE, next.id, "REISSUE", null, after);
        return new CertificateReissued(old.code, after);
    }
}
