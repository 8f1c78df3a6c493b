package ma.innovatice.evaluation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The conflict-of-interest rules of an edition: a juror never judges a project of their own school,
 * nor one of their own region when the edition asks for it, nor one they declared a conflict with.
 */
final class Eligibility {

    /** What the rules need of a juror. */
    record Juror(long id, String regionCode, String school) {

        Juror {
            school = normaliseSchool(school);
        }
    }

    /** What the rules need of a project. */
    record Project(long id, String title, long authorId, String regionCode, String school) {

        Project {
            school = normaliseSchool(school);
        }
    }

    record Pair(long submissionId, long jurorId) {
    }

    /** Why a juror may not judge a project. */
    enum Reason { AUTHOR, SAME_SCHOOL, SAME_REGION, DECLARED }

    private final boolean sameRegionConflict;
    private final Set<Pair> declared;

    Eligibility(boolean sameRegionConflict, Set<Pair> declared) {
        this.sameRegionConflict = sameRegionConflict;
        this.declared = declared;
    }

    Optional<Reason> conflict(Juror juror, Project project) {
        if (juror.id() == project.authorId()) {
            return Optional.of(Reason.AUTHOR);
        }
        if (juror.school() != null && juror.school().equals(project.school())) {
            return Optional.of(Reason.SAME_SCHOOL);
        }
        if (sameRegionConflict && juror.regionCode() != null && juror.regionCode().equals(project.regionCode())) {
            return Optional.of(Reason.SAME_REGION);
        }
        if (declared.contains(new Pair(project.id(), juror.id()))) {
            return Optional.of(Reason.DECLARED);
        }
        return Optional.empty();
    }

    boolean eligible(Juror juror, Project project) {
        return conflict(juror, project).isEmpty();
    }

    /**
     * School names are typed by people: "Lycée Ibn Sina", "lycee ibn-sina " and "LYCÉE IBN SINA"
     * are the same school. Accents, case, punctuation and spacing are ignored.
     */
    static String normaliseSchool(String school) {
        if (school == null) {
            return null;
        }
        String folded = Normalizer.normalize(school, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return folded.isEmpty() ? null : folded;
    }
}
