package ma.innovatice.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.api.Page;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.retention.RetentionDtos.EditionRetention;
import ma.innovatice.retention.RetentionDtos.RetentionPassView;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The administrators' view of the retention: the passes, and per edition when its evidence goes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetentionReport {

    private final RetentionRepository repository;
    private final Clock clock;

    RetentionReport(RetentionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Page<RetentionPassView> passes(int page, int size) {
        List<RetentionPassView> items = repository.passes(page, size).stream().map(r -> new RetentionPassView(
                ((Number) r[0]).longValue(), RetentionRepository.instant(r[1]), RetentionRepository.instant(r[2]),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).intValue(), (String) r[7])).toList();
        return new Page<>(items, page, size, repository.countPasses());
    }

    public List<EditionRetention> editions() {
        Instant now = clock.instant();
        return repository.editions().stream().map(r -> {
            int months = ((Number) r[5]).intValue();
            Instant published = RetentionRepository.instant(r[6]);
            // As the job's DATE_ADD(..., INTERVAL n MONTH): calendar months in UTC, the day clamped to the month's end.
            Instant due = published.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
            return new EditionRetention(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), (String) r[3], EditionStatus.valueOf((String) r[4]), months, published,
                    due, !due.isAfter(now), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                    ((Number) r[9]).longValue(), RetentionRepository.instant(r[10]));
        }).toList();
    }
}
