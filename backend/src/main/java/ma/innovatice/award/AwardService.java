package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.award.AwardDtos.AwardInput;
import ma.innovatice.award.AwardDtos.AwardProposal;
import ma.innovatice.award.AwardDtos.AwardUpdate;
import ma.innovatice.award.AwardDtos.AwardView;
import ma.innovatice.award.AwardDtos.BalanceSwap;
import ma.innovatice.award.AwardDtos.ProposalInput;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionRepository;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;
import ma.innovatice.evaluation.RankingService;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionStatus;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Deliberation: the organisers give awards to projects under review, starting from the ranking if
 * they wish, and publishing the edition turns the awards into every project's final status and
 * certificate. Every change holds the edition's row lock, so awards and publication never race.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    static final String AUDIT_TYPE = "AWARD";
    private static final double DEFAULT_FLOOR = 50;
    /** Where a certificate says it was made when the edition names no ceremony venue. */
    static final String DEFAULT_PLACE = "Rabat";

    private final AwardRepository awards;
    private final EditionRepository editions;
    private final RankingService ranking;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    AwardService(AwardRepository awards, EditionRepository editions, RankingService ranking, AuditService audit,
                 EntityManager entityManager, Clock clock) {
        this.awards = awards;
        this.editions = editions;
        this.ranking = ranking;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardView> list(long editionId) {
        if (editions.findByIdOptional(editionId).isEmpty()) {
            throw ProblemException.notFound("Edition " + editionId);
        }
        return awards.ofEdition(editionId).stream().map(AwardView::of).toList();
    }

    public AwardView create(long editionId, AwardInput input, Actor actor) {
        Edition edition = deliberating(editionId);
        Submission submission = entityManager.find(Submission.class, input.submissionId());
        if (submission == null || !Objects.equals(submission.edition.id, edition.id)) {
            throw ProblemException.notFound("Submission " + input.submissionId() + " in edition " + edition.number);
        }
        if (submission.status != SubmissionStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("not-in-competition", "Project not in the competition",
                    "Only a project under review can be awarded; this one is " + submission.status + ".");
        }
        if (awards.ofSubmission(submission.id).isPresent()) {
            throw ProblemException.conflict("already-awarded", "Project already awarded",
                    "This project already has an award; change that award instead.");
        }
        checkFree(edition, input.kind(), input.rank(), null);
        Award award = new Award();
        award.editionId = edition.id;
        award.submission = submission;
        award.kind = input.kind();
        award.rank = input.rank();
        award.citation = blankToNull(input.citation());
        award.citationAr = input.citationTranslations() == null ? null : blankToNull(input.citationTranslations().ar());
        award.citationEn = input.citationTranslations() == null ? null : blankToNull(input.citationTranslations().en());
        award.createdAt = clock.instant();
        award.updatedAt = award.createdAt;
        awards.persist(award);
        awards.flush();
        AwardView view = AwardView.of(award);
        audit.record(actor, AUDIT_TYPE, award.id, "CREATE", null, view);
        return view;
    }

    public AwardView update(long awardId, AwardUpdate input, Actor actor) {
        Award award = awards.findWithProject(awardId).orElseThrow(() -> ProblemException.notFound("Award " + awardId));
        Edition edition = deliberating(award.editionId);
        if (award.version != input.version()) {
            throw ProblemException.staleVersion("Award " + awardId);
        }
        checkFree(edition, input.kind(), input.rank(), award.id);
        AwardView before = AwardView.of(award);
        award.kind = input.kind();
        award.rank = input.rank();
        award.citation = blankToNull(input.citation());
        award.citationAr = input.citationTranslations() == null ? null : blankToNull(input.citationTranslations().ar());
        award.citationEn = input.citationTranslations() == null ? null : blankToNull(input.citationTranslations().en());
        award.updatedAt = clock.instant();
        awards.flush();
        AwardView after = AwardView.of(award);
        audit.record(actor, AUDIT_TYPE, award.id, "UPDATE", before, after);
        return after;
    }

    public void delete(long awardId, Actor actor) {
        Award award = awards.findWithProject(awardId).orElseThrow(() -> ProblemException.notFound("Award " + awardId));
        deliberating(award.editionId);
        AwardView before = AwardView.of(award);
        awards.delete(award);
        audit.record(actor, AUDIT_TYPE, awardId, "DELETE", before, null);
    }

    /**
     * Saves the top of the ranking as the awards: the first project is the winner, the next ones
     * laureates, {@code laureateCount} in all. With regional balance, each region missing from the
     * laureates whose best project reaches the floor gets that project in, in place of the lowest
     * laureate of a region that has several (the winner is never displaced).
     */
    public AwardProposal propose(long editionId, ProposalInput input, Actor actor) {
        Edition edition = deliberating(editionId);
        boolean replace = input != null && Boolean.TRUE.equals(input.replace());
        boolean balance = input != null && Boolean.TRUE.equals(input.regionalBalance());
        double floor = input == null || input.scoreFloor() == null ? DEFAULT_FLOOR : input.scoreFloor();
        List<Award> existing = awards.ofEdition(editionId);
        if (!existing.isEmpty() && !replace) {
            throw ProblemException.conflict("awards-exist", "Awards already given",
                    "This edition already has " + existing.size() + " awards; ask again with replace to start over.");
        }
        for (Award award : existing) {
            audit.record(actor, AUDIT_TYPE, award.id, "DELETE", AwardView.of(award), null);
            awards.delete(award);
        }
        awards.flush();

        List<RankingEntry> scored = ranking.ranking(editionId, null, null).items().stream()
                .filter(e -> e.rawScore() != null).toList();
        List<RankingEntry> chosen = new ArrayList<>(scored.subList(0, Math.min(edition.laureateCount, scored.size())));
        List<BalanceSwap> swaps = balance ? balance(chosen, scored, floor) : List.of();

        List<AwardView> views = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < chosen.size(); i++) {
            Award award = new Award();
            award.editionId = editionId;
            award.submission = entityManager.getReference(Submission.class, chosen.get(i).submissionId());
            award.kind = i == 0 ? AwardKind.WINNER : AwardKind.LAUREATE;
            award.rank = i + 1;
            award.createdAt = now;
            award.updatedAt = now;
            awards.persist(award);
        }
        awards.flush();
        entityManager.clear();
        for (Award award : awards.ofEdition(editionId)) {
            AwardView view = AwardView.of(award);
            audit.record(actor, AUDIT_TYPE, award.id, "PROPOSE", null, view);
            views.add(view);
        }
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> levels = new TreeSet<>();
        for (RankingEntry e : chosen) {
            if (e.regionCode() != null) {
                regions.add(e.regionCode());
            }
            if (e.schoolLevel() != null) {
                levels.add(e.schoolLevel());
            }
        }
        // The winner is never chosen silently against a disagreement of its jurors: the answer names it.
        FlaggedProject winnerDisagreement = chosen.isEmpty() || !chosen.get(0).disagreement() ? null
                : new FlaggedProject(chosen.get(0).submissionId(), chosen.get(0).title(), chosen.get(0).spread(),
                AwardKind.WINNER.name());
        return new AwardProposal(views, regions.size(), List.copyOf(regions), levels.size(), List.copyOf(levels), swaps,
                winnerDisagreement);
    }

    /** Regional balance on the chosen projects (kept in ranking order); returns the swaps made. */
    static List<BalanceSwap> balance(List<RankingEntry> chosen, List<RankingEntry> scored, double floor) {
        Map<String, RankingEntry> bestOfMissingRegion = new LinkedHashMap<>();
        for (RankingEntry entry : scored) {
            String region = entry.regionCode();
            if (region == null || entry.normalizedScore() == null || entry.normalizedScore() < floor) {
                continue;
            }
            boolean covered = chosen.stream().anyMatch(c -> region.equals(c.regionCode()));
            if (!covered) {
                bestOfMissingRegion.putIfAbsent(region, entry);
            }
        }
        List<BalanceSwap> swaps = new ArrayList<>();
        for (RankingEntry candidate : bestOfMissingRegion.values()) {
            int out = lowestOfCrowdedRegion(chosen);
            if (out < 0) {
                break;
            }
            RankingEntry removed = chosen.remove(out);
            chosen.add(candidate);
            chosen.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            swaps.add(new BalanceSwap(candidate.regionCode(), candidate.submissionId(), removed.submissionId()));
        }
        return swaps;
    }

    /** The index of the lowest-ranked chosen project whose region has another chosen project, never the first. */
    private static int lowestOfCrowdedRegion(List<RankingEntry> chosen) {
        for (int i = chosen.size() - 1; i > 0; i--) {
            String region = chosen.get(i).regionCode();
            long sameRegion = chosen.stream().filter(c -> Objects.equals(region, c.regionCode())).count();
            if (sameRegion > 1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Publication: checks the awards, then in the same transaction gives every project under review
     * its final status (its award's kind, or NOT_RETAINED) and a certificate (a distinction or a
     * participation), with an audit entry per project. A refusal rolls the whole transition back.
     */
    void onEditionTransition(@Observes EditionTransitioned event) {
        if (event.to() != EditionStatus.PUBLISHED) {
            return;
        }
        Edition edition = event.edition();
        long winners = awards.count("editionId = ?1 and kind = ?2", edition.id, AwardKind.WINNER);
        long laureates = awards.count("editionId = ?1 and kind in (?2, ?3)", edition.id, AwardKind.WINNER,
                AwardKind.LAUREATE);
        if (winners != 1) {
            throw new ProblemException(new Problem("winner-required", "Exactly one winner required", 409,
                    "Edition " + edition.number + " has " + winners + " winners; publishing needs exactly one.")
                    .with("winners", winners));
        }
        if (laureates > edition.laureateCount) {
            throw new ProblemException(new Problem("too-many-laureates", "Too many laureates", 409,
                    "Edition " + edition.number + " has " + laureates + " laureates (winner included) but allows "
                            + edition.laureateCount + ".").with("laureates", laureates)
                    .with("laureateCount", edition.laureateCount));
        }
        Instant now = clock.instant();
        Actor actor = event.actor();
        // The outcome is the kind of the project's award (a special mention included), else not retained.
        String finalStatus = "COALESCE(a.kind, 'NOT_RETAINED')";
        entityManager.createNativeQuery("INSERT INTO audit_log (occurred_at, actor_id, actor_email, entity_type, "
                        + "entity_id, action, before_state, after_state) SELECT ?1, ?2, ?3, 'SUBMISSION', s.id, 'STATUS', "
                        + "'{\"status\":\"UNDER_REVIEW\"}', CONCAT('{\"status\":\"', " + finalStatus + ", '\"}') "
                        + "FROM submission s LEFT JOIN award a ON a.submission_id = s.id "
                        + "WHERE s.edition_id = ?4 AND s.status = 'UNDER_REVIEW'")
                .setParameter(1, now).setParameter(2, actor.accountId()).setParameter(3, actor.email())
                .setParameter(4, edition.id).executeUpdate();
        entityManager.createNativeQuery("UPDATE submission s LEFT JOIN award a ON a.submission_id = s.id "
                        + "SET s.status = " + finalStatus + ", s.updated_at = ?1, s.version = s.version + 1 "
                        + "WHERE s.edition_id = ?2 AND s.status = 'UNDER_REVIEW'")
                .setParameter(1, now).setParameter(2, edition.id).executeUpdate();
        issueCertificates(edition.id, now);
        audit.record(actor, AUDIT_TYPE, edition.id, "PUBLISH", null,
                Map.of("editionId", edition.id, "winners", winners, "laureates", laureates));
    }

    /**
     * One certificate per project in the competition, keeping what it is issued for: the author's
     * name, the school and title of the project, the edition's number, year, title and ceremony place.
     */
    @SuppressWarnings("unchecked")
    private void issueCertificates(long editionId, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, COALESCE(a.kind, 'PARTICIPATION'), "
                        + "t.first_name, t.last_name, s.school_name, s.title, e.number, e.year, e.title, "
                        + "COALESCE(e.ceremony_venue, '" + DEFAULT_PLACE + "') "
                        + "FROM submission s JOIN account t ON t.id = s.author_id JOIN edition e ON e.id = s.edition_id "
                        + "LEFT JOIN award a ON a.submission_id = s.id WHERE s.edition_id = ?1 "
                        + "AND s.status IN ('WINNER', 'LAUREATE', 'SPECIAL_MENTION', 'NOT_RETAINED') "
                        + "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.submission_id = s.id) ORDER BY s.id")
                .setParameter(1, editionId).getResultList();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO certificate "
                    + "(code, edition_id, submission_id, kind, issued_at, holder_first_name, holder_last_name, "
                    + "school_name, project_title, edition_number, edition_year, edition_title, place) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Object[] row : rows) {
                    insert.setString(1, CertificateCodes.next());
                    insert.setLong(2, editionId);
                    insert.setLong(3, ((Number) row[0]).longValue());
                    insert.setString(4, (String) row[1]);
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setString(6, (String) row[2]);
                    insert.setString(7, (String) row[3]);
                    insert.setString(8, (String) row[4]);
                    insert.setString(9, (String) row[5]);
                    insert.setInt(10, ((Number) row[6]).intValue());
                    insert.setInt(11, ((Number) row[7]).intValue());
                    insert.setString(12, (String) row[8]);
                    insert.setString(13, (String) row[9]);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private Edition deliberating(long editionId) {
        Edition edition = editions.findForUpdate(editionId)
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
        if (edition.status != EditionStatus.DELIBERATION) {
            throw new ProblemException(new Problem("not-deliberating", "Edition not in deliberation", 409,
                    "Awards change only while the edition is in DELIBERATION; edition " + edition.number + " is "
                            + edition.status + ".").with("currentStatus", edition.status.name()));
        }
        return edition;
    }

    private void checkFree(Edition edition, AwardKind kind, int rank, Long exceptId) {
        if (awards.rankTaken(edition.id, rank, exceptId)) {
            throw ProblemException.conflict("rank-taken", "Rank already given",
                    "Another award of edition " + edition.number + " already has rank " + rank + ".");
        }
        if (kind == AwardKind.WINNER && awards.winnerExists(edition.id, exceptId)) {
            throw ProblemException.conflict("winner-exists", "Winner already chosen",
                    "Edition " + edition.number + " already has a winner; change that award first.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
