package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.award.DelegationDtos.DelegationInput;
import ma.innovatice.award.DelegationDtos.DelegationMember;
import ma.innovatice.award.DelegationDtos.DelegationView;
import ma.innovatice.award.DelegationDtos.PublicDelegation;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who represents Morocco at the international forum: the project with the WINNER award, always
 * first, and 0 to 5 companions among the edition's other awarded projects, chosen during
 * deliberation. A companion whose award is later removed leaves the delegation.
 */
@ApplicationScoped
@Transactional
public class DelegationService {

    private static final String MEMBER_COLUMNS = "s.id, s.title, CONCAT(t.first_name, ' ', t.last_name), s.school_name, "
            + "s.region_code, a.kind";

    private final EntityManager entityManager;
    private final AuditService audit;

    DelegationService(EntityManager entityManager, AuditService audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DelegationView view(long editionId) {
        Edition edition = edition(editionId);
        List<DelegationMember> members = members(editionId);
        Set<Long> in = new HashSet<>();
        members.forEach(m -> in.add(m.submissionId()));
        List<DelegationMember> candidates = awarded(editionId).stream()
                .filter(m -> !in.contains(m.submissionId()) && !"WINNER".equals(m.award())).toList();
        return new DelegationView(editionId, edition.forumName, edition.forumCity, edition.forumYear,
                edition.forumStartsOn, edition.forumEndsOn, edition.status == EditionStatus.DELIBERATION, members,
                candidates);
    }

    public DelegationView replace(long editionId, DelegationInput input, Actor actor) {
        Edition edition = edition(editionId);
        if (edition.status != EditionStatus.DELIBERATION) {
            throw ProblemException.conflict("delegation-closed", "Delegation closed",
                    "The delegation is chosen during deliberation, before the results are published.");
        }
        Optional<DelegationMember> winner = awarded(editionId).stream().filter(m -> "WINNER".equals(m.award())).findFirst();
        if (winner.isEmpty()) {
            throw ProblemException.conflict("winner-missing", "No winner yet",
                    "The delegation is led by the winner: give the WINNER award first.");
        }
        Map<Long, DelegationMember> eligible = new LinkedHashMap<>();
        awarded(editionId).stream().filter(m -> !"WINNER".equals(m.award())).forEach(m -> eligible.put(m.submissionId(), m));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.companions().size(); i++) {
            long id = input.companions().get(i);
            if (!seen.add(id)) {
                throw ProblemException.invalid("companions[" + i + "]", "is listed twice");
            }
            if (!eligible.containsKey(id)) {
                throw ProblemException.invalid("companions[" + i + "]",
                        "must be an awarded project of the edition other than the winner");
            }
        }
        List<Long> before = members(editionId).stream().map(DelegationMember::submissionId).toList();
        QueryCache.writing(entityManager.createNativeQuery("DELETE FROM delegation_member WHERE edition_id = ?1")
                .setParameter(1, editionId), Award.class).executeUpdate();
        insert(editionId, winner.get().submissionId(), "WINNER", 0);
        for (int i = 0; i < input.companions().size(); i++) {
            insert(editionId, input.companions().get(i), "COMPANION", i + 1);
        }
        List<Long> after = new ArrayList<>();
        after.add(winner.get().submissionId());
        after.addAll(input.companions());
        audit.record(actor, "EDITION", editionId, "DELEGATION_REPLACED", Map.of("members", before), Map.of("members", after));
        return view(editionId);
    }

    /** The delegation as the public results show it; empty when the edition names no forum or has no winner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicDelegation> publicView(Edition edition) {
        if (edition.forumName == null) {
            return Optional.empty();
        }
        List<DelegationMember> members = members(edition.id);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        // The forum's name in the request's language (French when not translated), like the edition's.
        return Optional.of(new PublicDelegation(edition.forumName(RequestLanguage.current()), edition.forumCity,
                edition.forumYear, edition.forumStartsOn, edition.forumEndsOn, members));
    }

    /** The winner first, then the companions still awarded, in their order. */
    @SuppressWarnings("unchecked")
    public List<DelegationMember> members(long editionId) {
        List<DelegationMember> members = new ArrayList<>();
        awarded(editionId).stream().filter(m -> "WINNER".equals(m.award()))
                .map(m -> new DelegationMember(m.submissionId(), "WINNER", m.award(), m.title(), m.teacherName(),
                        m.schoolName(), m.regionCode())).forEach(members::add);
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + MEMBER_COLUMNS + " FROM delegation_member d "
                        + "JOIN award a ON a.submission_id = d.submission_id AND a.edition_id = d.edition_id AND a.kind <> 'WINNER' "
                        + "JOIN submission s ON s.id = d.submission_id JOIN account t ON t.id = s.author_id "
                        + "WHERE d.edition_id = ?1 AND d.role = 'COMPANION' ORDER BY d.position")
                .setParameter(1, editionId).getResultList();
        rows.forEach(r -> members.add(member(r, "COMPANION")));
        return members;
    }

    @SuppressWarnings("unchecked")
    private List<DelegationMember> awarded(long editionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + MEMBER_COLUMNS + " FROM award a "
                        + "JOIN submission s ON s.id = a.submission_id JOIN account t ON t.id = s.author_id "
                        + "WHERE a.edition_id = ?1 ORDER BY a.award_rank, s.id")
                .setParameter(1, editionId).getResultList();
        return rows.stream().map(r -> member(r, null)).toList();
    }

    private static DelegationMember member(Object[] r, String role) {
        return new DelegationMember(((Number) r[0]).longValue(), role, (String) r[5], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4]);
    }

    private void insert(long editionId, long submissionId, String role, int position) {
        QueryCache.writing(entityManager.createNativeQuery("INSERT INTO delegation_member (edition_id, submission_id, role, "
                        + "position) VALUES (?1, ?2, ?3, ?4)").setParameter(1, editionId).setParameter(2, submissionId)
                .setParameter(3, role).setParameter(4, position), Award.class).executeUpdate();
    }

    private Edition edition(long editionId) {
        Edition edition = entityManager.find(Edition.class, editionId);
        if (edition == null) {
            throw ProblemException.notFound("Edition " + editionId);
        }
        return edition;
    }
}
