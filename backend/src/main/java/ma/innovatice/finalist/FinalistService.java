package ma.innovatice.finalist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.finalist.FinalistDtos.FinalistSlot;
import ma.innovatice.finalist.FinalistDtos.MinutesInput;
import ma.innovatice.finalist.FinalistDtos.MinutesView;
import ma.innovatice.finalist.FinalistDtos.MySlot;
import ma.innovatice.finalist.FinalistDtos.PresidedRound;
import ma.innovatice.finalist.FinalistDtos.PresidentInput;
import ma.innovatice.finalist.FinalistDtos.RoundSlots;
import ma.innovatice.finalist.FinalistDtos.SlotInput;
import ma.innovatice.finalist.FinalistDtos.SlotView;
import ma.innovatice.finalist.PresentationSlotChanged.Change;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionService;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The finalists' round: each finalist's presentation slot (with a calendar invitation by email at
 * each change), the jury's president and the minutes of the deliberation.
 */
@ApplicationScoped
@Transactional
public class FinalistService {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final DateTimeFormatter MOROCCO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(MOROCCO);

    private final EntityManager entityManager;
    private final AuditService audit;
    private final Event<PresentationSlotChanged> slotChanges;
    private final Clock clock;
    private final String organizer;

    FinalistService(EntityManager entityManager, AuditService audit, Event<PresentationSlotChanged> slotChanges,
                    Clock clock, InnovaticeConfig config) {
        this.organizer = SlotInvitation.address(config.mail().from());
        this.entityManager = entityManager;
        this.audit = audit;
        this.slotChanges = slotChanges;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rounds

    /** The round at a position of an edition, or 404. */
    JudgingRound round(long editionId, int position) {
        List<JudgingRound> rounds = entityManager.createQuery("SELECT r FROM JudgingRound r WHERE r.editionId = :e "
                        + "AND r.position = :p", JudgingRound.class)
                .setParameter("e", editionId).setParameter("p", position).getResultList();
        if (rounds.isEmpty()) {
            throw ProblemException.notFound("Round " + position + " of edition " + editionId);
        }
        return rounds.get(0);
    }

    /** The last round of an edition, if it has any. */
    public java.util.Optional<JudgingRound> lastRound(long editionId) {
        return entityManager.createQuery("SELECT r FROM JudgingRound r WHERE r.editionId = :e ORDER BY r.position DESC",
                        JudgingRound.class)
                .setParameter("e", editionId).setMaxResults(1).getResultList().stream().findFirst();
    }

    private boolean isEntry(long roundId, long submissionId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM round_entry WHERE round_id = ?1 "
                        + "AND submission_id = ?2").setParameter(1, roundId).setParameter(2, submissionId)
                .getSingleResult()).longValue() > 0;
    }

    // ---------------------------------------------------------------- slots

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public RoundSlots slots(long editionId, int position) {
        JudgingRound round = round(editionId, position);
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, s.title, CONCAT(a.first_name, ' ', a.last_name), "
                        + "s.school_name, s.region_code FROM round_entry e JOIN submission s ON s.id = e.submission_id "
                        + "JOIN account a ON a.id = s.author_id WHERE e.round_id = ?1 ORDER BY s.title, s.id")
                .setParameter(1, round.id).getResultList();
        Map<Long, PresentationSlot> slots = new LinkedHashMap<>();
        for (PresentationSlot slot : entityManager.createQuery("SELECT s FROM PresentationSlot s WHERE s.roundId = :r",
                PresentationSlot.class).setParameter("r", round.id).getResultList()) {
            slots.put(slot.submissionId, slot);
        }
        List<FinalistSlot> finalists = rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            PresentationSlot slot = slots.get(id);
            return new FinalistSlot(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    slot == null ? null : SlotView.of(slot));
        }).toList();
        return new RoundSlots(round.id, round.position, round.nameFr, round.nameAr, round.nameEn, round.rubric,
                round.status, slotsEditable(round), finalists);
    }

    private static boolean slotsEditable(JudgingRound round) {
        return round.status == JudgingRound.Status.PENDING || round.status == JudgingRound.Status.OPEN;
    }

    public SlotView putSlot(long editionId, int position, long submissionId, SlotInput input, Actor actor) {
        JudgingRound round = editableRound(editionId, position, submissionId);
        String place = blankToNull(input.place());
        String videoUrl = blankToNull(input.videoUrl());
        if (place == null && videoUrl == null) {
            throw ProblemException.invalid("place", "a place or a video link is required");
        }
        if (videoUrl != null && !isHttps(videoUrl)) {
            throw ProblemException.invalid("videoUrl", "must be a https address");
        }
        Instant startsAt = input.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant endsAt = startsAt.plus(input.durationMinutes(), ChronoUnit.MINUTES);
        PresentationSlot slot = find(round.id, submissionId);
        checkNoOverlap(round.id, submissionId, startsAt, endsAt);
        Map<String, Object> before = slot == null ? null : state(slot);
        Instant now = clock.instant();
        boolean created = slot == null;
        if (created) {
            slot = new PresentationSlot();
            slot.roundId = round.id;
            slot.submissionId = submissionId;
            slot.createdAt = now;
            slot.sequence = 0;
        } else {
            if (slot.startsAt.equals(startsAt) && slot.durationMinutes == input.durationMinutes()
                    && java.util.Objects.equals(slot.place, place) && java.util.Objects.equals(slot.videoUrl, videoUrl)) {
                return SlotView.of(slot);
            }
            slot.sequence++;
        }
        slot.startsAt = startsAt;
        slot.durationMinutes = input.durationMinutes();
        slot.place = place;
        slot.videoUrl = videoUrl;
        slot.updatedAt = now;
        if (created) {
            entityManager.persist(slot);
        }
        entityManager.flush();
        audit.record(actor, SubmissionService.AUDIT_TYPE, submissionId, created ? "PRESENTATION_SLOT_SCHEDULED" : "PRESENTATION_SLOT_CHANGED",
                before, state(slot));
        fire(created ? Change.SCHEDULED : Change.CHANGED, round, slot);
        return SlotView.of(slot);
    }

    public void deleteSlot(long editionId, int position, long submissionId, Actor actor) {
        JudgingRound round = editableRound(editionId, position, submissionId);
        PresentationSlot slot = find(round.id, submissionId);
        if (slot == null) {
            throw ProblemException.notFound("The slot of project " + submissionId + " in round " + position);
        }
        Map<String, Object> before = state(slot);
        slot.sequence++;
        fire(Change.CANCELLED, round, slot);
        entityManager.remove(slot);
        audit.record(actor, SubmissionService.AUDIT_TYPE, submissionId, "PRESENTATION_SLOT_CANCELLED", before, null);
    }

    /** The teacher's own slot in her project's latest round that has one; 403 for another's project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MySlot mySlot(long submissionId, Actor actor) {
        Submission submission = entityManager.find(Submission.class, submissionId);
        if (submission == null) {
            throw ProblemException.notFound("Project " + submissionId);
        }
        if (!submission.author.id.equals(actor.accountId())) {
            throw ProblemException.notFound("Project " + submissionId);
        }
        List<PresentationSlot> slots = entityManager.createQuery("SELECT s FROM PresentationSlot s, JudgingRound r "
                        + "WHERE r.id = s.roundId AND s.submissionId = :s ORDER BY r.position DESC", PresentationSlot.class)
                .setParameter("s", submissionId).setMaxResults(1).getResultList();
        if (slots.isEmpty()) {
            return new MySlot(submissionId, null, null, null, null, null, null);
        }
        PresentationSlot slot = slots.get(0);
        JudgingRound round = entityManager.find(JudgingRound.class, slot.roundId);
        return new MySlot(submissionId, round.id, round.position, round.nameFr, round.nameAr, round.nameEn,
                SlotView.of(slot));
    }

    /** The teacher's slot as an iCalendar file (METHOD:REQUEST) to add to her calendar; 404 without a slot. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String mySlotIcs(long submissionId, Actor actor) {
        MySlot mine = mySlot(submissionId, actor);
        if (mine.slot() == null) {
            throw ProblemException.notFound("A presentation slot of project " + submissionId);
        }
        PresentationSlot slot = entityManager.find(PresentationSlot.class, mine.slot().id());
        JudgingRound round = entityManager.find(JudgingRound.class, slot.roundId);
        Submission submission = entityManager.find(Submission.class, submissionId);
        PresentationSlotChanged change = event(Change.SCHEDULED, round, slot, submission);
        return SlotInvitation.ics(change, submission.author.preferredLanguage, organizer, submission.author.email,
                clock.instant());
    }

    private JudgingRound editableRound(long editionId, int position, long submissionId) {
        JudgingRound round = round(editionId, position);
        if (!isEntry(round.id, submissionId)) {
            throw ProblemException.notFound("Project " + submissionId + " among the entries of round " + position);
        }
        if (!slotsEditable(round)) {
            throw ProblemException.conflict("round-not-schedulable", "Round not schedulable",
                    "Presentation slots change only while the round is PENDING or OPEN; it is " + round.status + ".");
        }
        return round;
    }

    private PresentationSlot find(long roundId, long submissionId) {
        return entityManager.createQuery("SELECT s FROM PresentationSlot s WHERE s.roundId = :r AND s.submissionId = :s",
                        PresentationSlot.class).setParameter("r", roundId).setParameter("s", submissionId)
                .getResultStream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void checkNoOverlap(long roundId, long submissionId, Instant startsAt, Instant endsAt) {
        List<Object[]> overlapping = entityManager.createNativeQuery("SELECT p.id, s.id, s.title, p.starts_at, "
                        + "p.duration_minutes FROM presentation_slot p JOIN submission s ON s.id = p.submission_id "
                        + "WHERE p.round_id = ?1 AND p.submission_id <> ?2 AND p.starts_at < ?3 "
                        + "AND DATE_ADD(p.starts_at, INTERVAL p.duration_minutes MINUTE) > ?4 ORDER BY p.starts_at LIMIT 1")
                .setParameter(1, roundId).setParameter(2, submissionId).setParameter(3, endsAt)
                .setParameter(4, startsAt).getResultList();
        if (!overlapping.isEmpty()) {
            Object[] other = overlapping.get(0);
            Instant otherStart = toInstant(other[3]);
            Instant otherEnd = otherStart.plus(((Number) other[4]).longValue(), ChronoUnit.MINUTES);
            throw ProblemException.conflict("slot-overlap", "Overlapping slot",
                    "This slot overlaps the slot of project " + ((Number) other[1]).longValue() + " « " + other[2]
                            + " » (" + MOROCCO_TIME.format(otherStart) + "–" + MOROCCO_TIME.format(otherEnd)
                            + ", Morocco time).");
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time " + value);
    }

    private void fire(Change change, JudgingRound round, PresentationSlot slot) {
        slotChanges.fire(event(change, round, slot, entityManager.find(Submission.class, slot.submissionId)));
    }

    private static PresentationSlotChanged event(Change change, JudgingRound round, PresentationSlot slot,
                                                 Submission submission) {
        Edition edition = submission.edition;
        return new PresentationSlotChanged(change, slot.id, slot.sequence, edition.id, edition.title,
                submission.id, submission.title, round.nameFr, round.nameAr, round.nameEn, slot.startsAt,
                slot.durationMinutes, slot.place, slot.videoUrl, slot.uid());
    }

    private static Map<String, Object> state(PresentationSlot slot) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("roundId", slot.roundId);
        state.put("startsAt", slot.startsAt.toString());
        state.put("durationMinutes", slot.durationMinutes);
        state.put("place", slot.place);
        state.put("videoUrl", slot.videoUrl);
        state.put("sequence", slot.sequence);
        return state;
    }

    static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && url.chars().noneMatch(c -> c <= 0x20 || c == 0x7f);
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---------------------------------------------------------------- president and minutes

    public MinutesView setPresident(long editionId, int position, PresidentInput input, Actor actor) {
        JudgingRound round = round(editionId, position);
        long jurorId = input.jurorId();
        long assigned = ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM assignment a JOIN account j "
                        + "ON j.id = a.juror_id WHERE a.round_id = ?1 AND a.juror_id = ?2 AND j.role = 'JURY'")
                .setParameter(1, round.id).setParameter(2, jurorId).getSingleResult()).longValue();
        if (assigned == 0) {
            throw ProblemException.invalid("jurorId", "must be a juror assigned in this round");
        }
        if (publishedOrLater(editionId)) {
            throw ProblemException.conflict("edition-published", "Results published",
                    "The jury's president no longer changes once the results are published.");
        }
        Long before = round.presidentId;
        round.presidentId = jurorId;
        entityManager.flush();
        audit.record(actor, "EDITION", editionId, "ROUND_PRESIDENT_SET",
                Map.of("roundId", round.id, "presidentId", before == null ? "" : before),
                Map.of("roundId", round.id, "presidentId", jurorId));
        return minutesView(round, actor);
    }

    /** The minutes, for an administrator or the round's president; 403 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MinutesView minutes(long editionId, int position, Actor actor) {
        JudgingRound round = round(editionId, position);
        if (!actor.isAdmin() && !isPresident(round, actor)) {
            // Not visible to a juror who does not preside the round (as another's project is not).
            throw ProblemException.notFound("The minutes of round " + position + " of edition " + editionId);
        }
        return minutesView(round, actor);
    }

    public MinutesView recordMinutes(long editionId, int position, MinutesInput input, Actor actor) {
        JudgingRound round = round(editionId, position);
        if (!isPresident(round, actor)) {
            throw ProblemException.notFound("The minutes of round " + position + " of edition " + editionId);
        }
        if (!minutesEditable(round)) {
            throw ProblemException.conflict("minutes-closed", "Minutes closed",
                    "The minutes are recorded while the round is OPEN or CLOSED, before the results are published.");
        }
        String text = input.text().strip();
        String before = round.minutes;
        round.minutes = text.isEmpty() ? null : text;
        round.minutesRecordedAt = clock.instant();
        entityManager.flush();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("roundId", round.id);
        old.put("minutes", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("roundId", round.id);
        now.put("minutes", round.minutes);
        audit.record(actor, "EDITION", editionId, "ROUND_MINUTES_RECORDED", old, now);
        return minutesView(round, actor);
    }

    /** The rounds the signed-in juror presides, newest edition first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PresidedRound> presided(Actor actor) {
        List<JudgingRound> rounds = entityManager.createQuery("SELECT r FROM JudgingRound r WHERE r.presidentId = :j "
                + "ORDER BY r.editionId DESC, r.position", JudgingRound.class).setParameter("j", actor.accountId())
                .getResultList();
        return rounds.stream().map(r -> {
            Edition edition = entityManager.find(Edition.class, r.editionId);
            return new PresidedRound(r.editionId, edition.title(RequestLanguage.current()), r.id, r.position, r.nameFr, r.nameAr, r.nameEn,
                    r.status, minutesEditable(r));
        }).toList();
    }

    private boolean isPresident(JudgingRound round, Actor actor) {
        return round.presidentId != null && round.presidentId.equals(actor.accountId());
    }

    private boolean minutesEditable(JudgingRound round) {
        return (round.status == JudgingRound.Status.OPEN || round.status == JudgingRound.Status.CLOSED)
                && !publishedOrLater(round.editionId);
    }

    private boolean publishedOrLater(long editionId) {
        Edition edition = entityManager.find(Edition.class, editionId);
        return edition.status == EditionStatus.PUBLISHED || edition.status == EditionStatus.ARCHIVED;
    }

    MinutesView minutesView(JudgingRound round, Actor actor) {
        String presidentName = null;
        if (round.presidentId != null) {
            presidentName = (String) entityManager.createNativeQuery("SELECT CONCAT(first_name, ' ', last_name) "
                    + "FROM account WHERE id = ?1").setParameter(1, round.presidentId).getSingleResult();
        }
        return new MinutesView(round.id, round.position, round.nameFr, round.nameAr, round.nameEn, round.status,
                round.presidentId, presidentName, round.minutes, round.minutesRecordedAt,
                actor != null && isPresident(round, actor) && minutesEditable(round));
    }

}
