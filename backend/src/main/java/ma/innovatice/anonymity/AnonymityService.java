package ma.innovatice.anonymity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.anonymity.AnonymityDtos.Finding;
import ma.innovatice.anonymity.AnonymityDtos.Flagged;
import ma.innovatice.anonymity.AnonymityDtos.FlaggedPage;
import ma.innovatice.anonymity.AnonymityDtos.RedactionInput;
import ma.innovatice.anonymity.AnonymityDtos.Report;
import ma.innovatice.anonymity.AnonymityDtos.TermView;
import ma.innovatice.anonymity.EvidenceText.Outcome;
import ma.innovatice.anonymity.IdentityScanner.Kind;
import ma.innovatice.anonymity.IdentityScanner.Match;
import ma.innovatice.anonymity.ScanResult.FileResult;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.text.Characters;
import ma.innovatice.edition.Edition;
import ma.innovatice.round.RoundRepository;
import ma.innovatice.submission.Attachment;
import ma.innovatice.submission.AttachmentPurpose;
import ma.innovatice.submission.AttachmentRepository;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionRepository;
import ma.innovatice.submission.SubmissionService;
import ma.innovatice.submission.SubmissionStatus;
import ma.innovatice.submission.SubmissionSubmitted;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The anonymisation helper of blind editions: scans a project for its author's identity (its text
 * fields and the text of its evidence), keeps the result until the project, its files or the terms
 * change, lists the submitted projects still flagged, and lets an administrator redact a text field
 * before the project is assigned (the original kept in the audit log).
 */
@ApplicationScoped
@Transactional
public class AnonymityService {

    /** Longest a whole scan reads files; a file past it is "not checked" (TIMEOUT) and read again next time. */
    static final long SCAN_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** Longest one file is read. */
    static final long FILE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);
    /** How many stale projects the administrators' list scans per request, and for how long at most. */
    static final int REFRESH_COUNT = 10;
    static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(8);

    /** The text fields searched, by API name; co-authors and the school are names by design. */
    private static final Map<String, Function<Submission, String>> FIELDS = fields();

    /** The fields an administrator may redact, with their bounds (as in the contract's SubmissionInput). */
    private enum Redactable {
        title(3, 200, false), summary(1, 1000, true), description(1, 20000, true);

        final int min;
        final int max;
        final boolean multiline;

        Redactable(int min, int max, boolean multiline) {
            this.min = min;
            this.max = max;
            this.multiline = multiline;
        }

        static Optional<Redactable> of(String name) {
            return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
        }
    }

    private final SubmissionRepository submissions;
    private final AttachmentRepository attachments;
    private final AnonymityScanRepository scans;
    private final RoundRepository rounds;
    private final EvidenceReader reader;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    AnonymityService(SubmissionRepository submissions, AttachmentRepository attachments, AnonymityScanRepository scans,
                     RoundRepository rounds, EvidenceReader reader, AuditService audit, EntityManager entityManager,
                     ObjectMapper json, Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.scans = scans;
        this.rounds = rounds;
        this.reader = reader;
        this.audit = audit;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** The author's view of her project; empty when it is not hers. */
    public Optional<Report> forAuthor(long submissionId, Actor teacher) {
        return submissions.findOwned(submissionId, teacher.accountId()).map(this::current);
    }

    /** Scanning again at submit, in the submit's transaction, so the administrators' list has it. */
    void onSubmitted(@Observes SubmissionSubmitted event) {
        current(event.submission());
    }

    /** The flagged projects of an edition; empty when there is no such edition. */
    public Optional<FlaggedPage> flagged(long editionId, int page, int size) {
        Edition edition = entityManager.find(Edition.class, editionId);
        if (edition == null) {
            return Optional.empty();
        }
        if (!edition.blindReview) {
            return Optional.of(new FlaggedPage(editionId, false, List.of(), page, size, 0, 0));
        }
        long until = System.nanoTime() + REFRESH_NANOS;
        for (Long id : scans.stale(editionId, REFRESH_COUNT)) {
            if (System.nanoTime() - until > 0) {
                break;
            }
            submissions.findWithDetails(id).ifPresent(this::current);
        }
        long roundId = rounds.current(editionId).id;
        List<AnonymityScanRepository.Line> lines = scans.flagged(editionId, roundId, page, size);
        Map<Long, Submission> projects = lines.isEmpty() ? Map.of()
                : submissions.find("select s from Submission s join fetch s.author where s.id in ?1",
                        lines.stream().map(AnonymityScanRepository.Line::submissionId).toList()).list().stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
        List<Flagged> items = new ArrayList<>();
        for (AnonymityScanRepository.Line line : lines) {
            Submission project = projects.get(line.submissionId());
            IdentityScanner scanner = scanner(project);
            ScanResult result = parse(line.report());
            items.add(new Flagged(line.submissionId(), line.title(), SubmissionStatus.valueOf(line.status()),
                    line.regionCode(), line.findingsCount(), kinds(line.kinds()), line.uncheckedFiles(),
                    line.assigned(), line.scannedAt(), result.reported(),
                    scanner.terms().stream().map(t -> new TermView(t.kind(), t.text())).toList()));
        }
        return Optional.of(new FlaggedPage(editionId, true, items, page, size, scans.countFlagged(editionId),
                scans.countStale(editionId)));
    }

    /**
     * Replaces a text field of a submitted project of a blind edition before it is assigned in the
     * current round, records the original, and scans again.
     */
    public Report redact(long submissionId, RedactionInput input, Actor admin) {
        Submission submission = Optional.ofNullable(entityManager.find(Submission.class, submissionId,
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        Redactable field = Redactable.of(input.field()).orElseThrow(() -> unprocessable(List.of(
                new FieldError("field", "must be title, summary or description"))));
        String text = input.text().strip();
        if (text.length() < field.min || text.length() > field.max) {
            throw unprocessable(List.of(new FieldError("text", "must hold " + field.min + " to " + field.max
                    + " characters for the " + field.name())));
        }
        if (Characters.firstRefused(text, field.multiline) >= 0) {
            throw unprocessable(List.of(new FieldError("text", "must not contain line breaks or control characters "
                    + "for the " + field.name())));
        }
        if (!submission.edition.blindReview || (submission.status != SubmissionStatus.SUBMITTED
                && submission.status != SubmissionStatus.UNDER_REVIEW)) {
            throw ProblemException.conflict("not-redactable", "Not redactable", "Only a SUBMITTED or UNDER_REVIEW "
                    + "project of an edition judged blind can be redacted; this one is " + submission.status
                    + (submission.edition.blindReview ? "." : ", and its edition is not judged blind."));
        }
        long roundId = rounds.current(submission.edition.id).id;
        if (scans.assigned(submissionId, roundId)) {
            throw ProblemException.conflict("already-assigned", "Already assigned", "Project " + submissionId
                    + " has jurors in the current round: its text can no longer be redacted.");
        }
        String before = value(submission, field);
        if (!text.equals(before)) {
            switch (field) {
                case title -> submission.title = text;
                case summary -> submission.summary = text;
                case description -> submission.description = text;
            }
            submission.updatedAt = clock.instant();
            entityManager.flush();
            Map<String, Object> was = new LinkedHashMap<>();
            was.put(field.name(), before);
            audit.record(admin, SubmissionService.AUDIT_TYPE, submissionId, "REDACT", was, Map.of(field.name(), text));
        }
        return current(submissions.findWithDetails(submissionId).orElseThrow());
    }

    private static String value(Submission s, Redactable field) {
        return switch (field) {
            case title -> s.title;
            case summary -> s.summary;
            case description -> s.description;
        };
    }

    /** The project's report: the stored scan when it still holds, else a new one (stored). */
    Report current(Submission submission) {
        if (!submission.edition.blindReview) {
            return Report.notBlind(submission.id);
        }
        IdentityScanner scanner = scanner(submission);
        List<Attachment> evidence = attachments.ofSubmission(submission.id).stream()
                .filter(a -> AttachmentPurpose.EVIDENCE.equals(a.purpose)).toList();
        String evidenceKey = IdentityScanner.sha256(evidence.stream().map(a -> String.valueOf(a.id))
                .collect(Collectors.joining(",")));
        String termsKey = scanner.key();
        Optional<AnonymityScanRepository.Row> stored = scans.find(submission.id);
        if (stored.isPresent() && stored.get().submissionVersion() == submission.version
                && stored.get().evidenceKey().equals(evidenceKey) && stored.get().termsKey().equals(termsKey)) {
            return parse(stored.get().report()).report(submission.id, stored.get().scannedAt());
        }
        Map<Long, FileResult> known = stored.filter(row -> row.termsKey().equals(termsKey))
                .map(row -> parse(row.report()).files().stream().filter(FileResult::reusable)
                        .collect(Collectors.toMap(FileResult::attachmentId, f -> f, (a, b) -> a)))
                .orElse(Map.of());
        ScanResult result = scan(submission, scanner, evidence, known);
        Instant now = clock.instant();
        String kinds = result.kinds().stream().map(Kind::name).collect(Collectors.joining(","));
        scans.save(submission.id, submission.version, evidenceKey, termsKey, now, result.total(),
                result.uncheckedFiles(), kinds, write(result));
        return result.report(submission.id, now);
    }

    private static IdentityScanner scanner(Submission s) {
        String school = s.schoolName != null ? s.schoolName : s.author.schoolName;
        return IdentityScanner.of(s.author.firstName, s.author.lastName, s.author.email, school, s.coAuthors);
    }

    private ScanResult scan(Submission submission, IdentityScanner scanner, List<Attachment> evidence,
                            Map<Long, FileResult> known) {
        List<Finding> fieldFindings = new ArrayList<>();
        int fieldTotal = 0;
        for (Map.Entry<String, Function<Submission, String>> field : FIELDS.entrySet()) {
            String text = field.getValue().apply(submission);
            if (text == null) {
                continue;
            }
            List<Match> matches = scanner.find(text, ScanResult.PER_SOURCE);
            fieldTotal += matches.size();
            for (Match m : matches) {
                fieldFindings.add(new Finding(m.kind(), field.getKey(), null, null, null,
                        IdentityScanner.termAt(text, m), IdentityScanner.excerpt(text, m)));
            }
        }
        long until = System.nanoTime() + SCAN_BUDGET_NANOS;
        List<FileResult> files = new ArrayList<>();
        for (Attachment file : evidence) {
            FileResult done = known.get(file.id);
            if (done != null) {
                files.add(done);
                continue;
            }
            long deadline = Math.min(until, System.nanoTime() + FILE_BUDGET_NANOS);
            EvidenceText.Result text = System.nanoTime() - until > 0
                    ? new EvidenceText.Result(Outcome.TIMEOUT, List.of()) : reader.read(file, deadline);
            files.add(fileResult(file, text, scanner));
        }
        return new ScanResult(fieldFindings, fieldTotal, files);
    }

    private static FileResult fileResult(Attachment file, EvidenceText.Result text, IdentityScanner scanner) {
        List<Finding> findings = new ArrayList<>();
        int total = 0;
        for (EvidenceText.Part part : text.parts()) {
            List<Match> matches = scanner.find(part.text(), ScanResult.PER_SOURCE);
            total += matches.size();
            for (Match m : matches) {
                if (findings.size() < ScanResult.PER_SOURCE) {
                    findings.add(new Finding(m.kind(), null, file.id, file.filename, part.page(),
                            IdentityScanner.termAt(part.text(), m), IdentityScanner.excerpt(part.text(), m)));
                }
            }
        }
        return new FileResult(file.id, file.filename, text.outcome(), findings, total);
    }

    private static Map<String, Function<Submission, String>> fields() {
        Map<String, Function<Submission, String>> fields = new LinkedHashMap<>();
        fields.put("title", s -> s.title);
        fields.put("summary", s -> s.summary);
        fields.put("description", s -> s.description);
        fields.put("discipline", s -> s.discipline);
        fields.put("technologies", s -> s.technologies == null || s.technologies.isEmpty() ? null
                : String.join(", ", s.technologies));
        fields.put("videoUrl", s -> s.videoUrl);
        fields.put("siteUrl", s -> s.siteUrl);
        return fields;
    }

    private static List<Kind> kinds(String kinds) {
        return kinds == null || kinds.isEmpty() ? List.of()
                : Arrays.stream(kinds.split(",", -1)).filter(Objects::nonNull).map(Kind::valueOf).toList();
    }

    private ScanResult parse(String report) {
        try {
            return json.readValue(report, ScanResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored anonymity scan is not valid JSON", e);
        }
    }

    private String write(ScanResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An anonymity scan cannot be written as JSON", e);
        }
    }

    private static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(new Problem("invalid-redaction", "Invalid redaction", 422,
                "The redaction cannot be made as sent.").withErrors(errors));
    }
}
