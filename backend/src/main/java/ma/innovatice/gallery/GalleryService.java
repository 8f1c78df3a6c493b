package ma.innovatice.gallery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import ma.innovatice.award.PublicPagesCache;
import ma.innovatice.award.PublicPagesChanged;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.gallery.GalleryDtos.GalleryCandidateFile;
import ma.innovatice.gallery.GalleryDtos.GalleryConsent;
import ma.innovatice.gallery.GalleryDtos.GalleryConsentInput;
import ma.innovatice.gallery.GalleryDtos.GalleryFilter;
import ma.innovatice.gallery.GalleryDtos.GalleryItem;
import ma.innovatice.gallery.GalleryDtos.GalleryPage;
import ma.innovatice.gallery.GalleryDtos.GalleryProject;
import ma.innovatice.gallery.GalleryDtos.GallerySelectedFile;
import ma.innovatice.gallery.GalleryDtos.PublicFile;
import ma.innovatice.gallery.GalleryRepository.OwnFile;
import ma.innovatice.submission.AttachmentPurpose;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public gallery of laureate projects. A teacher whose project was awarded (any kind) in a
 * published edition may consent to show it, with the evidence files she chooses, each stated as
 * showing no pupil; she may revoke at once. The public reads the gallery through
 * {@link PublicPagesCache}, emptied when a consent changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GalleryService {

    private final GalleryRepository gallery;
    private final SubmissionService submissions;
    private final AuditService audit;
    private final PublicPagesCache cache;
    private final Event<PublicPagesChanged> changed;
    private final Clock clock;

    GalleryService(GalleryRepository gallery, SubmissionService submissions, AuditService audit, PublicPagesCache cache,
                   Event<PublicPagesChanged> changed, Clock clock) {
        this.gallery = gallery;
        this.submissions = submissions;
        this.audit = audit;
        this.cache = cache;
        this.changed = changed;
        this.clock = clock;
    }

    /** One page of the public gallery and the disciplines to filter by; kept like the other public pages. */
    public GalleryPage list(GalleryFilter filter, int page, int size) {
        return cache.get(Arrays.asList("gallery", filter, page, size), () -> {
            List<GalleryItem> items = gallery.page(filter, (int) Math.min(Integer.MAX_VALUE, (long) page * size), size);
            return new GalleryPage(items, page, size, gallery.count(filter), gallery.disciplines());
        });
    }

    /** A project of the public gallery; empty when it is not in it. */
    public Optional<GalleryProject> project(long submissionId) {
        return cache.get(List.of("gallery-project", submissionId), () -> gallery.project(submissionId));
    }

    /** A file the public may read now; read at each request, so that a revocation holds at once everywhere. */
    public Optional<PublicFile> file(long submissionId, long attachmentId) {
        return gallery.publicFile(submissionId, attachmentId);
    }

    /** The teacher's own consent and the files she may choose; 404 for another's project (callers are teachers). */
    public GalleryConsent consent(long submissionId, Actor teacher) {
        Submission submission = own(submissionId, teacher);
        return view(submission);
    }

    /**
     * Gives or renews the consent with exactly these files. 409 before publication or without an
     * award; 422 naming each file that may not be public. Audited; public pages forget the project's
     * old state once committed.
     */
    @Transactional
    public GalleryConsent give(long submissionId, GalleryConsentInput input, Actor teacher) {
        Submission submission = own(submissionId, teacher);
        requireEligible(submission);
        if (!Boolean.TRUE.equals(input.consent())) {
            throw ProblemException.invalid("consent", "must be true to consent; revoke the consent to leave the gallery");
        }
        List<FieldError> duplicates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.files().size(); i++) {
            if (!seen.add(input.files().get(i).attachmentId())) {
                duplicates.add(new FieldError("files[" + i + "].attachmentId", "this file is listed twice"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }
        Map<Long, OwnFile> own = new LinkedHashMap<>();
        gallery.filesOf(submissionId).forEach(f -> own.put(f.id(), f));
        List<FieldError> refused = new ArrayList<>();
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < input.files().size(); i++) {
            GallerySelectedFile file = input.files().get(i);
            OwnFile found = own.get(file.attachmentId());
            String field = "files[" + i + "]";
            if (found == null) {
                refused.add(new FieldError(field + ".attachmentId", "not a file of this project"));
            } else if (!AttachmentPurpose.EVIDENCE.equals(found.purpose())) {
                refused.add(new FieldError(field + ".attachmentId", "the parents' authorisations are never public"));
            } else if (Boolean.TRUE.equals(found.showsPupils())) {
                refused.add(new FieldError(field + ".attachmentId",
                        "this file is declared as showing pupils; evidence that shows pupils is never public"));
            } else if (!Boolean.TRUE.equals(file.showsNoPupils())) {
                refused.add(new FieldError(field + ".showsNoPupils",
                        "state that the file shows no pupil (face, voice or name), or leave it out"));
            } else {
                chosen.add(found.id());
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(new Problem("gallery-file-refused", "File refused for the gallery", 422,
                    refused.size() + " file(s) may not be shown in the public gallery.").withErrors(refused));
        }
        Optional<java.time.Instant> before = gallery.consentedAt(submissionId);
        List<Long> selectedBefore = own.values().stream().filter(OwnFile::selected).map(OwnFile::id).toList();
        gallery.replace(submissionId, clock.instant(), chosen);
        audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "GALLERY_CONSENT",
                before.isPresent() ? Map.of("files", selectedBefore) : null, Map.of("files", chosen));
        changed.fire(new PublicPagesChanged("gallery consent of submission " + submissionId));
        return view(submission);
    }

    /** Takes the project out of the gallery at once (nothing to revoke is not an error); 404 for another's. */
    @Transactional
    public void revoke(long submissionId, Actor teacher) {
        own(submissionId, teacher);
        List<Long> selected = gallery.filesOf(submissionId).stream().filter(OwnFile::selected).map(OwnFile::id).toList();
        if (gallery.remove(submissionId)) {
            audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "GALLERY_REVOKE", Map.of("files", selected), null);
            changed.fire(new PublicPagesChanged("gallery consent of submission " + submissionId + " revoked"));
        }
    }

    /**
     * For the erasure of an author's data: drops the project's consent and selection, without an
     * actor of its own (the caller audits the erasure); public pages forget it once committed.
     * True when there was a consent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean forget(long submissionId) {
        boolean removed = gallery.remove(submissionId);
        if (removed) {
            changed.fire(new PublicPagesChanged("gallery consent of submission " + submissionId + " forgotten"));
        }
        return removed;
    }

    private Submission own(long submissionId, Actor teacher) {
        return submissions.visible(submissionId, teacher).orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
    }

    private void requireEligible(Submission submission) {
        if (!submission.edition.status.atLeast(EditionStatus.PUBLISHED)) {
            throw new ProblemException(new Problem("results-not-published", "Results not published yet", 409,
                    "Only a project awarded in a published edition may enter the gallery; the results of edition "
                            + submission.edition.number + " are not published yet.")
                    .with("currentStatus", submission.edition.status.name()));
        }
        if (gallery.awardOf(submission.id).isEmpty()) {
            throw ProblemException.conflict("not-a-laureate", "Not a laureate",
                    "Only the winner, the laureates and the special mentions of an edition may enter the gallery.");
        }
    }

    private GalleryConsent view(Submission submission) {
        boolean eligible = submission.edition.status.atLeast(EditionStatus.PUBLISHED)
                && gallery.awardOf(submission.id).isPresent();
        Optional<java.time.Instant> consentedAt = gallery.consentedAt(submission.id);
        // A project declared as showing no pupil gives its files that word until said otherwise.
        Boolean projectDefault = Boolean.FALSE.equals(submission.evidenceShowsPupils) ? Boolean.FALSE : null;
        List<GalleryCandidateFile> files = gallery.filesOf(submission.id).stream()
                .filter(f -> AttachmentPurpose.EVIDENCE.equals(f.purpose()))
                .map(f -> new GalleryCandidateFile(f.id(), f.filename(), f.contentType(), f.sizeBytes(), f.selected(),
                        f.showsPupils() != null ? f.showsPupils() : projectDefault))
                .toList();
        return new GalleryConsent(submission.id, eligible, consentedAt.isPresent(), consentedAt.orElse(null), files);
    }
}
