package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Language;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.web.ClientLinks;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.notification.Outbox.Envelope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deadline reminders, computed in SQL and written to the outbox. For each deadline, the reminder
 * due now is the one of the shortest configured delay already reached (a late run sends the 1-day
 * reminder, not the 7-day one as well). Its dedup key names the delay, the deadline and the person,
 * so each is sent once however often this runs. Only people who keep reminders on receive them.
 */
@ApplicationScoped
public class Reminders {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ClientLinks links;
    private final Clock clock;
    private final InnovaticeConfig.Mail.Reminders config;

    Reminders(EntityManager entityManager, Outbox outbox, ClientLinks links, Clock clock, InnovaticeConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.config = config.mail().reminders();
    }

    /** Writes the reminders due now; returns how many recipients were found (already reminded ones excluded). */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        return callClosing(now) + evaluationClosing(now);
    }

    @SuppressWarnings("unchecked")
    private int callClosing(Instant now) {
        int written = 0;
        for (Deadline deadline : deadlines(EditionStatus.OPEN, "submissionsCloseAt", config.callClose(), now)) {
            String prefix = "reminder:call-close:" + deadline.delay() + ":edition:" + deadline.editionId() + ":close:"
                    + deadline.at().getEpochSecond() + ":account:";
            List<Object[]> rows = entityManager.createNativeQuery("SELECT a.id, a.email, a.preferred_language, "
                            + "a.first_name, MIN(s.id), MIN(s.title) FROM submission s JOIN account a ON a.id = s.author_id "
                            + "WHERE s.edition_id = ?1 AND s.status = 'DRAFT' AND a.enabled AND a.reminders_enabled "
                            + "AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.dedup_key = CONCAT(?2, a.id)) "
                            + "GROUP BY a.id, a.email, a.preferred_language, a.first_name ORDER BY a.id")
                    .setParameter(1, deadline.editionId()).setParameter(2, prefix).getResultList();
            for (Object[] row : rows) {
                long accountId = ((Number) row[0]).longValue();
                Language language = Language.ofCode((String) row[2]);
                outbox.enqueue(new Envelope(prefix + accountId, MailKind.CALL_CLOSING_REMINDER, (String) row[1], accountId,
                                language, deadline.editionId()),
                        MailTemplates.callClosing(language, (String) row[3], deadline.title(language), (String) row[5],
                                deadline.at(), links.submission(((Number) row[4]).longValue()), links.profile()));
                written++;
            }
        }
        return written;
    }

    @SuppressWarnings("unchecked")
    private int evaluationClosing(Instant now) {
        int written = 0;
        for (Deadline deadline : deadlines(EditionStatus.EVALUATION, "evaluationCloseAt", config.evaluationClose(), now)) {
            String prefix = "reminder:evaluation-close:" + deadline.delay() + ":edition:" + deadline.editionId()
                    + ":close:" + deadline.at().getEpochSecond() + ":account:";
            List<Object[]> rows = entityManager.createNativeQuery("SELECT j.id, j.email, j.preferred_language, "
                            + "j.first_name, COUNT(a.id) FROM assignment a JOIN account j ON j.id = a.juror_id "
                            + "LEFT JOIN evaluation e ON e.assignment_id = a.id WHERE a.edition_id = ?1 "
                            + "AND (e.id IS NULL OR e.status <> 'SUBMITTED') AND j.enabled AND j.reminders_enabled "
                            + "AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.dedup_key = CONCAT(?2, j.id)) "
                            + "GROUP BY j.id, j.email, j.preferred_language, j.first_name ORDER BY j.id")
                    .setParameter(1, deadline.editionId()).setParameter(2, prefix).getResultList();
            for (Object[] row : rows) {
                long jurorId = ((Number) row[0]).longValue();
                Language language = Language.ofCode((String) row[2]);
                outbox.enqueue(new Envelope(prefix + jurorId, MailKind.EVALUATION_REMINDER, (String) row[1], jurorId,
                                language, deadline.editionId()),
                        MailTemplates.evaluationReminder(language, (String) row[3], deadline.title(language),
                                ((Number) row[4]).longValue(), deadline.at(), links.jury(), links.profile()));
                written++;
            }
        }
        return written;
    }

    /** A deadline of an edition that a reminder is due for now, with the delay of that reminder. */
    private record Deadline(long editionId, String title, String titleAr, String titleEn, Instant at, Duration delay) {

        /** The edition's title in the recipient's language, else in French. */
        String title(Language language) {
            return Edition.inLanguage(language, title, titleAr, titleEn);
        }
    }

    /** Editions in this status whose deadline (an Edition field) falls within the longest delay from now. */
    private List<Deadline> deadlines(EditionStatus status, String field, List<Duration> delays, Instant now) {
        Optional<Duration> longest = delays.stream().max(Comparator.naturalOrder());
        if (longest.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("select e.id, e.title, e.titleAr, e.titleEn, e." + field + " from Edition e "
                        + "where e.status = :status and e." + field + " > :now and e." + field + " <= :until order by e.id",
                        Object[].class)
                .setParameter("status", status).setParameter("now", now).setParameter("until", now.plus(longest.get()))
                .getResultList();
        return rows.stream().map(row -> {
            Instant at = (Instant) row[4];
            Duration due = delays.stream().filter(d -> !now.isBefore(at.minus(d))).min(Comparator.naturalOrder())
                    .orElseThrow();
            return new Deadline((Long) row[0], (String) row[1], (String) row[2], (String) row[3], at, due);
        }).toList();
    }
}
