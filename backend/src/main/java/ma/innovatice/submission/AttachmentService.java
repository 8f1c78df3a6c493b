package ma.innovatice.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.submission.SubmissionDtos.AttachmentView;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence files: checked by their bytes, stripped of their author's metadata ({@link MetadataScrubber}),
 * stored whole or not at all, streamed back.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    private final SubmissionService submissions;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AuditService audit;
    private final InnovaticeConfig.Uploads limits;
    private final Clock clock;

    AttachmentService(SubmissionService submissions, AttachmentRepository attachments, AttachmentStore store,
                      AuditService audit, InnovaticeConfig config, Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.store = store;
        this.audit = audit;
        this.limits = config.uploads();
        this.clock = clock;
    }

    /**
     * A checked upload: its detected type, the name it will keep, and the bytes to store: the
     * uploaded file itself or its scrubbed copy ({@code scrubbed}, a temporary file to delete).
     */
    private record Checked(FileUpload upload, FileType type, String filename, Path content, boolean scrubbed) {

        void discard() {
            if (scrubbed) {
                try {
                    Files.deleteIfExists(content);
                } catch (IOException e) {
                    content.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Stores the files as evidence, or as the scans of the parents' authorisations ({@code purpose}
     * AUTHORISATION: PDF, PNG or JPEG only), each purpose with its own count limit.
     */
    public List<AttachmentView> upload(long submissionId, List<FileUpload> files, String purpose, Actor teacher) {
        String kind = purpose == null || purpose.isBlank() ? AttachmentPurpose.EVIDENCE : purpose.trim();
        if (!kind.equals(AttachmentPurpose.EVIDENCE) && !kind.equals(AttachmentPurpose.AUTHORISATION)) {
            throw ProblemException.invalid("purpose", "must be EVIDENCE or AUTHORISATION");
        }
        Submission submission = submissions.editableByAuthor(submissionId, teacher);
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalid("files", "at least one file is required");
        }
        long existing = attachments.countOf(submissionId, kind);
        if (existing + files.size() > limits.maxFiles()) {
            String what = kind.equals(AttachmentPurpose.EVIDENCE) ? " evidence files" : " authorisation files";
            throw ProblemException.invalid("files", "a submission holds at most " + limits.maxFiles() + what
                    + "; it has " + existing + " and " + files.size() + " were sent");
        }
        List<Checked> checked = check(files);
        if (kind.equals(AttachmentPurpose.AUTHORISATION)) {
            requireScanTypes(checked);
        }
        checked = scrub(checked);
        try {
            List<AttachmentView> stored = new ArrayList<>();
            for (Checked file : checked) {
                Attachment attachment = new Attachment();
                attachment.submission = submission;
                attachment.filename = file.filename();
                attachment.contentType = file.type().mediaType;
                attachment.sizeBytes = size(file.content());
                attachment.sha256 = sha256(file.content());
                attachment.uploadedBy = teacher.accountId();
                attachment.purpose = kind;
                attachment.createdAt = clock.instant();
                attachments.persistAndFlush(attachment);
                store.write(attachment.id, file.content());
                audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "ATTACH", null, Map.of(
                        "attachmentId", attachment.id, "filename", attachment.filename, "sha256", attachment.sha256,
                        "sizeBytes", attachment.sizeBytes, "purpose", kind));
                stored.add(AttachmentView.of(attachment));
            }
            if (kind.equals(AttachmentPurpose.EVIDENCE)) {
                countEvidence(submissionId, stored.size());
            }
            return stored;
        } finally {
            checked.forEach(Checked::discard);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attachment> find(long submissionId, long attachmentId, Actor actor) {
        return submissions.visible(submissionId, actor).flatMap(s -> attachments.findIn(submissionId, attachmentId));
    }

    public boolean delete(long submissionId, long attachmentId, Actor teacher) {
        submissions.editableByAuthor(submissionId, teacher);
        Optional<Attachment> found = attachments.findIn(submissionId, attachmentId);
        found.ifPresent(attachment -> {
            attachments.delete(attachment);
            if (!attachment.isAuthorisation()) {
                countEvidence(submissionId, -1);
            }
            audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "DETACH", Map.of(
                    "attachmentId", attachment.id, "filename", attachment.filename, "sha256", attachment.sha256), null);
        });
        return found.isPresent();
    }

    /** The evidence count kept on the submission's row (V32), in the transaction that adds or removes files. */
    private void countEvidence(long submissionId, int change) {
        QueryCache.writing(attachments.getEntityManager().createNativeQuery(
                        "UPDATE submission SET attachment_count = attachment_count + ?1 WHERE id = ?2")
                .setParameter(1, change).setParameter(2, submissionId), Submission.class).executeUpdate();
    }

    /** Every file is checked before any is stored: size, then emptiness, then type. */
    private List<Checked> check(List<FileUpload> files) {
        long max = limits.maxFileSize().asLongValue();
        for (int i = 0; i < files.size(); i++) {
            FileUpload file = files.get(i);
            if (file.size() > max) {
                throw refused(i, new Problem("file-too-large", "File too large", 413,
                        "'" + file.fileName() + "' has " + file.size() + " bytes; a file may have at most " + max + ".")
                        .with("maxFileSize", max));
            }
        }
        List<FieldError> empty = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).size() == 0) {
                empty.add(new FieldError("files[" + i + "]", "'" + files.get(i).fileName() + "' is empty"));
            } else if (Filenames.isPath(files.get(i).fileName())) {
                empty.add(new FieldError("files[" + i + "]", "the name must be a file name, not a path"));
            }
        }
        if (!empty.isEmpty()) {
            throw ProblemException.invalid(empty);
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileUpload file = files.get(i);
            int index = i;
            FileType type = detect(file).orElseThrow(() -> refused(index, new Problem("unsupported-file-type",
                    "Unsupported file type", 415, "'" + file.fileName() + "' is not a PDF, DOCX, PPTX, XLSX, ODT, "
                    + "PNG or JPEG file (its content was checked, not its name).")));
            checked.add(new Checked(file, type, Filenames.sanitise(file.fileName(), type), file.uploadedFile(), false));
        }
        return checked;
    }

    /** The parents' authorisations are scans: a PDF or a picture (an office document is refused with 415). */
    private static void requireScanTypes(List<Checked> files) {
        for (int i = 0; i < files.size(); i++) {
            FileType type = files.get(i).type();
            if (type != FileType.PDF && type != FileType.PNG && type != FileType.JPEG) {
                throw refused(i, new Problem("unsupported-file-type", "Unsupported file type", 415, "'"
                        + files.get(i).upload().fileName() + "' is a " + type.name() + " file; the parents' "
                        + "authorisations are sent as a PDF, PNG or JPEG scan."));
            }
        }
    }

    /**
     * Every file is scrubbed before any is stored; one that cannot be read (so neither can what it
     * carries) is refused with 422 and nothing is stored.
     */
    private static List<Checked> scrub(List<Checked> files) {
        List<Checked> scrubbed = new ArrayList<>();
        try {
            for (Checked file : files) {
                Optional<Path> copy = MetadataScrubber.scrub(file.type(), file.content());
                scrubbed.add(copy.map(path -> new Checked(file.upload(), file.type(), file.filename(), path, true))
                        .orElse(file));
            }
            return scrubbed;
        } catch (MetadataScrubber.Unreadable e) {
            scrubbed.forEach(Checked::discard);
            Checked file = files.get(scrubbed.size());
            throw refused(scrubbed.size(), new Problem("unreadable-file", "Unreadable file", 422, "'"
                    + file.upload().fileName() + "' cannot be read as a " + file.type().name() + " file (" + e.getMessage()
                    + "), so its author's metadata cannot be removed; save it again from its application and resend it."));
        } catch (IOException e) {
            scrubbed.forEach(Checked::discard);
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        } catch (RuntimeException e) {
            scrubbed.forEach(Checked::discard);
            throw e;
        }
    }

    /** A refusal of the whole request that names the file at fault: its {@code errors} entry is {@code files[index]}. */
    private static ProblemException refused(int index, Problem problem) {
        return new ProblemException(problem.withErrors(List.of(new FieldError("files[" + index + "]", problem.getDetail()))));
    }

    private static Optional<FileType> detect(FileUpload file) {
        try {
            return FileType.detect(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }

    private static String sha256(Path file) {
        try {
            return AttachmentStore.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }
}
