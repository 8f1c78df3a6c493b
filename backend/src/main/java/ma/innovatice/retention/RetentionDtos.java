package ma.innovatice.retention;

import ma.innovatice.edition.EditionStatus;

import java.time.Instant;

/** The API models of the evidence retention report. */
public final class RetentionDtos {

    private RetentionDtos() {
    }

    public record RetentionPassView(long id, Instant startedAt, Instant finishedAt, int editions, int files, long bytes,
                                    int errors, String lastError) {
    }

    public record EditionRetention(long editionId, int number, int year, String title, EditionStatus status,
                                   int evidenceRetentionMonths, Instant publishedAt, Instant dueAt, boolean due,
                                   long filesKept, long filesPending, long filesErased, Instant lastErasedAt) {
    }
}
