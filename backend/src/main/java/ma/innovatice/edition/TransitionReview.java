package ma.innovatice.edition;

import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionDtos.PreviewProject;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.edition.EditionDtos.TransitionPreview;
import ma.innovatice.edition.EditionDtos.UnderstaffedProject;
import ma.innovatice.edition.EditionDtos.UnscreenedRegion;
import ma.innovatice.edition.EditionDtos.UnsubmittedEvaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lifecycle move would do, gathered before the move: fired synchronously with the edition as
 * it stands, each feature observes it and adds what its part of the move concerns (the projects that
 * will not enter review, the understaffed ones, the awards). The administrator reads it as a preview;
 * the move itself gathers it again and enforces it, so the two never disagree.
 */
public final class TransitionReview {

    private final Edition edition;
    private final EditionStatus from;
    private final EditionStatus to;
    private final Instant now;
    private Integer enteringReview;
    private final List<PreviewProject> drafts = new ArrayList<>();
    private final List<UnderstaffedProject> understaffed = new ArrayList<>();
    private final List<UnsubmittedEvaluation> unsubmittedEvaluations = new ArrayList<>();
    private final List<FlaggedProject> disagreements = new ArrayList<>();
    private Integer winners;
    private Integer laureates;
    private final List<TransitionBlocker> blockers = new ArrayList<>();
    private final List<UnscreenedRegion> unscreened = new ArrayList<>();

    TransitionReview(Edition edition, EditionStatus to, Instant now) {
        this.edition = edition;
        this.from = edition.status;
        this.to = to;
        this.now = now;
    }

    public Edition edition() {
        return edition;
    }

    public EditionStatus to() {
        return to;
    }

    /** Closing the call before its published closing instant: the move needs a reason. */
    public boolean closesCallEarly() {
        return to == EditionStatus.EVALUATION && now.isBefore(edition.submissionsCloseAt);
    }

    public void enteringReview(int projects) {
        enteringReview = projects;
    }

    public void draft(PreviewProject project) {
        drafts.add(project);
    }

    public void understaffed(UnderstaffedProject project) {
        understaffed.add(project);
    }

    public void unsubmitted(UnsubmittedEvaluation evaluation) {
        unsubmittedEvaluations.add(evaluation);
    }

    public void disagreement(FlaggedProject project) {
        disagreements.add(project);
    }

    public void awards(int winners, int laureates) {
        this.winners = winners;
        this.laureates = laureates;
    }

    public void blocker(TransitionBlocker blocker) {
        blockers.add(blocker);
    }

    /** Closing the call: SUBMITTED projects of a region still to screen (screening, issue 19). */
    public void unscreened(UnscreenedRegion region) {
        unscreened.add(region);
    }

    List<UnderstaffedProject> understaffed() {
        return List.copyOf(understaffed);
    }

    TransitionPreview view() {
        boolean deliberation = to == EditionStatus.DELIBERATION;
        boolean publication = to == EditionStatus.PUBLISHED;
        return new TransitionPreview(edition.id, from, to, closesCallEarly(),
                to == EditionStatus.EVALUATION ? edition.submissionsCloseAt : null, enteringReview, List.copyOf(drafts),
                deliberation ? edition.jurorsPerProject : null, understaffed(), !understaffed.isEmpty(),
                List.copyOf(unsubmittedEvaluations), List.copyOf(disagreements), winners, laureates,
                publication ? edition.laureateCount : null, List.copyOf(blockers),
                List.copyOf(unscreened));
    }
}
