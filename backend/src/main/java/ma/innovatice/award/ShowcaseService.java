package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import ma.innovatice.award.AwardDtos.AwardSummary;
import ma.innovatice.award.AwardDtos.CertificateVerification;
import ma.innovatice.award.AwardDtos.CriterionMean;
import ma.innovatice.award.AwardDtos.EditionResults;
import ma.innovatice.award.AwardDtos.Laureate;
import ma.innovatice.award.AwardDtos.SubmissionResult;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.account.Language;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.web.ClientLinks;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.EditionView;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionService;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the competition shows once an edition is published: its laureates to everyone, each
 * teacher's own result and feedback, and the certificates. Before publication none of it exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShowcaseService {

    static final String PUBLISHED = "('PUBLISHED', 'ARCHIVED')";
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    /** Public facts of an awarded project, never its scores or jurors. */
    private static final String LAUREATE_COLUMNS = "SELECT e.id, e.number, e.year, s.id, a.kind, a.award_rank, a.citation, "
            + "a.citation_ar, a.citation_en, s.title, s.summary, s.region_code, s.school_level, s.discipline, CONCAT(t.first_name, ' ', t.last_name) "
            + "FROM award a JOIN submission s ON s.id = a.submission_id JOIN account t ON t.id = s.author_id "
            + "JOIN edition e ON e.id = a.edition_id ";

    private static final String LAUREATE_FILTER = "WHERE e.status IN " + PUBLISHED
            + " AND (:edition IS NULL OR e.id = :edition) AND (:region IS NULL OR s.region_code = :region) "
            + "AND (:level IS NULL OR s.school_level = :level) AND (:kind IS NULL OR a.kind = :kind) ";

    private final EntityManager entityManager;
    private final SubmissionService submissions;
    private final AwardRepository awards;
    private final CertificateRenderer renderer;
    private final ClientLinks links;
    private final Clock clock;
    private final PublicPagesCache cache;

    private final DelegationService delegation;

    ShowcaseService(EntityManager entityManager, SubmissionService submissions, AwardRepository awards,
                    CertificateRenderer renderer, ClientLinks links, Clock clock, PublicPagesCache cache,
                    DelegationService delegation) {
        this.delegation = delegation;
        this.cache = cache;
        this.entityManager = entityManager;
        this.submissions = submissions;
        this.awards = awards;
        this.renderer = renderer;
        this.links = links;
        this.clock = clock;
    }

    /** The winner, laureates and special mentions of a published edition; 404 before. */
    public EditionResults results(long editionId) {
        return cache.get(List.of("results", editionId), () -> readResults(editionId));
    }

    private EditionResults readResults(long editionId) {
        Edition edition = entityManager.find(Edition.class, editionId);
        if (edition == null || !published(edition)) {
            throw ProblemException.notFound("Results of edition " + editionId);
        }
        List<Laureate> all = laureates(LAUREATE_COLUMNS + "WHERE a.edition_id = :edition ORDER BY a.award_rank",
                q -> q.setParameter("edition", editionId), 0, Integer.MAX_VALUE);
        Laureate winner = all.stream().filter(l -> l.kind() == AwardKind.WINNER).findFirst().orElse(null);
        List<Laureate> laureates = all.stream().filter(l -> l.kind() == AwardKind.LAUREATE).toList();
        List<Laureate> mentions = all.stream().filter(l -> l.kind() == AwardKind.SPECIAL_MENTION).toList();
        Object[] counts = (Object[]) entityManager.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT region_code) "
                        + "FROM submission WHERE edition_id = ?1 AND status IN ('WINNER', 'LAUREATE', 'SPECIAL_MENTION', 'NOT_RETAINED')")
                .setParameter(1, editionId).getSingleResult();
        return new EditionResults(EditionView.of(edition, clock.instant()), winner, laureates, mentions,
                ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                delegation.publicView(edition).orElse(null));
    }

    /** Laureates of every published edition, newest edition first, then by rank: two statements whatever the page. */
    public Page<Laureate> laureates(Long editionId, String region, String level, AwardKind kind, int page, int size) {
        return cache.get(java.util.Arrays.asList("laureates", editionId, region, level, kind, page, size),
                () -> readLaureates(editionId, region, level, kind, page, size));
    }

    private Page<Laureate> readLaureates(Long editionId, String region, String level, AwardKind kind, int page, int size) {
        java.util.function.Consumer<Query> bind = q -> q.setParameter("edition", editionId)
                .setParameter("region", region).setParameter("level", level)
                .setParameter("kind", kind == null ? null : kind.name());
        List<Laureate> items = laureates(LAUREATE_COLUMNS + LAUREATE_FILTER
                + "ORDER BY e.year DESC, e.number DESC, a.award_rank", bind, (int) Math.min(Integer.MAX_VALUE, (long) page * size), size);
        Query count = entityManager.createNativeQuery("SELECT COUNT(*) FROM award a JOIN submission s "
                + "ON s.id = a.submission_id JOIN edition e ON e.id = a.edition_id " + LAUREATE_FILTER);
        bind.accept(count);
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Laureate> laureates(String sql, java.util.function.Consumer<Query> bind, int offset, int limit) {
        Query query = entityManager.createNativeQuery(sql).setFirstResult(offset).setMaxResults(limit);
        bind.accept(query);
        List<Object[]> rows = query.getResultList();
        List<Laureate> laureates = new ArrayList<>(rows.size());
        Language language = RequestLanguage.current();
        for (Object[] r : rows) {
            ServedCitation citation = ServedCitation.of(language, (String) r[6], (String) r[7], (String) r[8]);
            laureates.add(new Laureate(num(r[0]), (int) num(r[1]), (int) num(r[2]), num(r[3]),
                    AwardKind.valueOf((String) r[4]), (int) num(r[5]), citation.text(), citation.language(),
                    (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14]));
        }
        return laureates;
    }

    /**
     * A project's result for its author (or an admin): status, award, the feedback the jurors wrote
     * for the teacher (as moderated, when an administrator moderated it) and the mean of each criterion. Jurors' names, private comments and other
     * projects never appear. Before publication: 409.
     */
    @SuppressWarnings("unchecked")
    public SubmissionResult result(long submissionId, Actor actor) {
        Submission submission = publishedSubmission(submissionId, actor);
        AwardSummary award = awards.ofSubmission(submissionId)
                .map(a -> AwardSummary.of(a, RequestLanguage.current())).orElse(null);
        // The feedback as an administrator moderated it, while that moderation is of the juror's text as it is (V19).
        List<String> feedback = entityManager.createNativeQuery("SELECT COALESCE(m.feedback, e.feedback) FROM evaluation e "
                        + "JOIN assignment a ON a.id = e.assignment_id LEFT JOIN evaluation_moderation m "
                        + "ON m.evaluation_id = e.id AND m.source_sha256 = SHA2(e.feedback, 256) WHERE a.submission_id = ?1 "
                        + "AND e.status = 'SUBMITTED' AND e.feedback IS NOT NULL AND TRIM(COALESCE(m.feedback, e.feedback)) <> '' "
                        + "ORDER BY e.submitted_at, e.id")
                .setParameter(1, submissionId).getResultList();
        List<Object[]> rows = entityManager.createNativeQuery("SELECT c.code, c.label_fr, c.label_ar, c.label_en, "
                        + "AVG(sc.score), c.scale_min, c.scale_max FROM evaluation_score sc "
                        + "JOIN evaluation e ON e.id = sc.evaluation_id JOIN assignment a ON a.id = e.assignment_id "
                        + "JOIN criterion c ON c.id = sc.criterion_id WHERE a.submission_id = ?1 "
                        + "AND e.status = 'SUBMITTED' GROUP BY c.id, c.code, c.label_fr, c.label_ar, c.label_en, "
                        + "c.scale_min, c.scale_max, c.position ORDER BY c.position")
                .setParameter(1, submissionId).getResultList();
        List<CriterionMean> criteria = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            criteria.add(new CriterionMean((String) r[0], new LocalizedText((String) r[1], (String) r[2], (String) r[3]),
                    Math.round(((Number) r[4]).doubleValue() * 100) / 100.0, (int) num(r[5]), (int) num(r[6])));
        }
        boolean certificate = certificateOf(submissionId).isPresent();
        return new SubmissionResult(submissionId, submission.status, award, feedback, criteria, certificate);
    }

    /**
     * The certificate in force as PDF, with its file name; 409 before publication, 404 when the project
     * has none. It prints what it was issued for, never the profile or project as they are now.
     */
    public Pdf certificate(long submissionId, Actor actor) {
        publishedSubmission(submissionId, actor);
        Certificate certificate = certificateOf(submissionId).orElseThrow(() -> ProblemException.notFound(
                "Certificate of submission " + submissionId + " (only projects in the competition have one)"));
        byte[] pdf = renderer.render(new CertificateRenderer.Content(certificate.code, certificate.kind,
                certificate.editionNumber, certificate.editionYear, certificate.holderName(),
                certificate.projectTitle, certificate.schoolName, certificate.issuedAt.atZone(MOROCCO).toLocalDate(),
                certificate.place, links.verify(certificate.code), certificate.kind == Certificate.Kind.WINNER
                        ? new ForumLine(certificate.submission.edition.forumName, certificate.submission.edition.forumCity,
                        certificate.submission.edition.forumYear, certificate.submission.edition.forumStartsOn,
                        certificate.submission.edition.forumEndsOn) : null));
        return new Pdf(pdf, "certificat-" + certificate.editionYear + "-" + certificate.code + ".pdf");
    }

    public record Pdf(byte[] content, String fileName) {
    }

    /**
     * Anyone may check a code: what the certificate was issued for. An unknown code or one of an
     * unpublished edition is not found; a revoked one answers 410 without the holder's details.
     */
    public Optional<CertificateVerification> verify(String typedCode) {
        String code = CertificateCodes.canonical(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        Optional<Certificate> found = entityManager.createQuery("select c from Certificate c, Edition e "
                        + "where e.id = c.editionId and c.code = ?1 and e.status in ?2", Certificate.class)
                .setParameter(1, code).setParameter(2, List.of(EditionStatus.PUBLISHED, EditionStatus.ARCHIVED))
                .getResultStream().findFirst();
        if (found.isPresent() && found.get().revokedAt != null) {
            Certificate revoked = found.get();
            throw new ProblemException(new Problem("certificate-revoked", "Certificate revoked", 410,
                    "Certificate " + revoked.code + " was revoked" + (revoked.replacedBy != null
                            ? " and replaced by a corrected certificate; its holder has the new one." : "."))
                    .with("revokedAt", revoked.revokedAt.toString()).with("replaced", revoked.replacedBy != null));
        }
        return found.map(c -> new CertificateVerification(c.code, c.kind, c.editionNumber, c.editionYear,
                c.editionTitle, c.holderName(), c.projectTitle, c.issuedAt));
    }

    private Submission publishedSubmission(long submissionId, Actor actor) {
        Submission submission = submissions.visible(submissionId, actor)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        if (!published(submission.edition)) {
            throw new ProblemException(new Problem("results-not-published", "Results not published yet", 409,
                    "The results of edition " + submission.edition.number + " are not published yet.")
                    .with("currentStatus", submission.edition.status.name()));
        }
        return submission;
    }

    private Optional<Certificate> certificateOf(long submissionId) {
        return entityManager.createQuery("select c from Certificate c where c.submission.id = ?1 "
                        + "and c.revokedAt is null", Certificate.class)
                .setParameter(1, submissionId).getResultStream().findFirst();
    }

    static boolean published(Edition edition) {
        return edition.status.atLeast(EditionStatus.PUBLISHED);
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

}
