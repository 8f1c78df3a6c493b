package ma.innovatice.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.account.Account;
import ma.innovatice.evaluation.EvaluationDtos.ConflictView;
import ma.innovatice.submission.SubmissionDtos.Person;

import java.util.List;

/** The conflicts of interest recorded for jurors. */
@ApplicationScoped
public class ConflictRepository implements PanacheRepository<Conflict> {

    public boolean exists(long submissionId, long jurorId) {
        return count("submissionId = ?1 and jurorId = ?2", submissionId, jurorId) > 0;
    }

    /** The conflicts of an edition with their project, juror and recorder, the latest first: one statement. */
    public List<ConflictView> ofEdition(long editionId) {
        return getEntityManager().createQuery("select c, s.title, j, r from Conflict c join Submission s on s.id = c.submissionId "
                        + "join Account j on j.id = c.jurorId left join Account r on r.id = c.recordedBy "
                        + "where s.edition.id = :edition order by c.declaredAt desc, c.id desc", Object[].class)
                .setParameter("edition", editionId).getResultStream()
                .map(row -> view((Conflict) row[0], (String) row[1], (Account) row[2], (Account) row[3])).toList();
    }

    static ConflictView view(Conflict c, String title, Account juror, Account recordedBy) {
        return new ConflictView(c.id, c.submissionId, title, person(juror), c.reason, c.declaredAt,
                recordedBy == null ? null : person(recordedBy));
    }

    private static Person person(Account account) {
        return new Person(account.id, account.firstName, account.lastName, account.email);
    }
}
