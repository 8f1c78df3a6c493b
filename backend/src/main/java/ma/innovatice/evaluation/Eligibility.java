package ma.innovatice.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The conflict-of-interest rules of an edition: a juror never judges a project of their own school,
 * nor one of their own region when the edition asks for it, nor one with a recorded conflict (declared
 * by the juror, or recorded by an administrator on their behalf).
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
    enum Reason {
        AUTHOR, SAME_SCHOOL, SAME_REGION, DECLARED,
        /** In a REGIONAL round: the juror's region is not the project's. */
        OTHER_REGION,
        /** The round excludes previous jurors and the juror judged the project in an earlier round. */
        JUDGED_BEFORE
    }

    private static final Reason[] REASONS = Reason.values();

    private final boolean sameRegionConflict;
    private final Set<Pair> declared;
    private final boolean regional;
    private final Set<Pair> judgedBefore;

    Eligibility(boolean sameRegionConflict, Set<Pair> declared) {
        this(sameRegionConflict, declared, false, Set.of());
    }

    /**
     * The rules of one round: in a REGIONAL round a juror judges only projects of their own region (and
     * the same-region conflict does not apply); {@code judgedBefore} holds the pairs an earlier round
     * already had, when the round excludes previous jurors (empty otherwise).
     */
    Eligibility(boolean sameRegionConflict, Set<Pair> declared, boolean regional, Set<Pair> judgedBefore) {
        this.sameRegionConflict = sameRegionConflict && !regional;
        this.declared = declared;
        this.regional = regional;
        this.judgedBefore = judgedBefore;
    }

    /** The first reason, in the order of {@link Reason}, why the juror may not judge the project. */
    Optional<Reason> conflict(Juror juror, Project project) {
        for (Reason reason : REASONS) {
            if (applies(reason, juror, project)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** Every reason why the juror may not judge the project, in the order of {@link Reason}. */
    List<Reason> reasons(Juror juror, Project project) {
        List<Reason> reasons = new ArrayList<>(1);
        for (Reason reason : REASONS) {
            if (applies(reason, juror, project)) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    private boolean applies(Reason reason, Juror juror, Project project) {
        return switch (reason) {
            case AUTHOR -> juror.id() == project.authorId();
            case SAME_SCHOOL -> juror.school() != null && juror.school().equals(project.school());
            case SAME_REGION -> sameRegionConflict && juror.regionCode() != null
                    && juror.regionCode().equals(project.regionCode());
            case DECLARED -> declared.contains(new Pair(project.id(), juror.id()));
            case OTHER_REGION -> regional && (juror.regionCode() == null || !juror.regionCode().equals(project.regionCode()));
            case JUDGED_BEFORE -> judgedBefore.contains(new Pair(project.id(), juror.id()));
        };
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
