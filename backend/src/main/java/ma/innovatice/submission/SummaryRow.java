package ma.innovatice.submission;

import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.submission.SubmissionDtos.EditionRef;
import ma.innovatice.submission.SubmissionDtos.Person;
import ma.innovatice.submission.SubmissionDtos.SubmissionSummary;

import java.time.Instant;

/** One row of a submission list, selected in one statement with its evidence count (kept on the row, V32). */
public record SummaryRow(long id, long editionId, int editionNumber, int editionYear, String editionTitle,
                         String editionTitleAr, String editionTitleEn, EditionStatus editionStatus, Instant submissionsCloseAt, long authorId,
                         String authorFirstName, String authorLastName, String authorEmail, String title,
                         String summary, String discipline, String schoolLevel, String regionCode,
                         String schoolName, Integer pupilsCount, SubmissionStatus status, int attachmentCount,
                         Instant submittedAt, Instant createdAt, Instant updatedAt) {

    /** The JPQL select list matching this record's constructor; {@code s} is the submission, {@code e} its edition, {@code a} its author. */
    static final String SELECT = "select new ma.innovatice.submission.SummaryRow(s.id, e.id, e.number, e.year, e.title, e.titleAr, e.titleEn, "
            + "e.status, e.submissionsCloseAt, a.id, a.firstName, a.lastName, a.email, s.title, s.summary, "
            + "s.discipline, s.schoolLevel, s.regionCode, s.schoolName, s.pupilsCount, s.status, "
            + "s.attachmentCount, s.submittedAt, s.createdAt, s.updatedAt) "
            + "from Submission s join s.edition e join s.author a ";

    /** With the edition's title in the request's language, else in French. */
    SubmissionSummary toSummary() {
        String served = Edition.inLanguage(RequestLanguage.current(), editionTitle, editionTitleAr, editionTitleEn);
        return new SubmissionSummary(id, new EditionRef(editionId, editionNumber, editionYear, served, editionStatus,
                submissionsCloseAt), new Person(authorId, authorFirstName, authorLastName, authorEmail), title, summary,
                discipline, schoolLevel, regionCode, schoolName, pupilsCount, status, attachmentCount, submittedAt,
                createdAt, updatedAt);
    }
}
