package ma.innovatice.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.submission.SubmissionDtos.AttachmentView;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evidence files: checked by their bytes, stored whole or not at all, streamed back. */
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

    /** A checked upload: its detected type and the name it will keep. */
    private record Checked(FileUpload upload, FileType type, String filename) {
    }

    public List<AttachmentView> upload(long submissionId, List<FileUpload> files, Actor teacher) {
        Submission submission = submissions.editableByAuthor(submissionId, teacher);
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalid("files", "at least one file is required");
        }
        long existing = attachments.countOf(submissionId);
        if (existing + files.size() > limits.maxFiles()) {
            throw ProblemException.invalid("files", "a submission holds at most " + limits.maxFiles() + " files; it has "
                    + existing + " and " + files.size() + " were sent");
        }
        List<Checked> checked = check(files);
        List<AttachmentView> stored = new ArrayList<>();
        for (Checked file : checked) {
            Attachment attachment = new Attachment();
            attachment.submission = submission;
            attachment.filename = file.filename();
            attachment.contentType = file.type().mediaType;
            attachment.sizeBytes = file.upload().size();
            attachment.sha256 = sha256(file.upload());
            attachment.uploadedBy = teacher.accountId();
            attachment.createdAt = clock.instant();
            attachments.persistAndFlush(attachment);
            store.write(attachment.id, file.upload().uploadedFile());
            audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "ATTACH", null, Map.of(
                    "attachmentId", attachment.id, "filename", attachment.filename, "sha256", attachment.sha256,
                    "sizeBytes", attachment.sizeBytes));
            stored.add(AttachmentView.of(attachment));
        }
        return stored;
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
            audit.record(teacher, SubmissionService.AUDIT_TYPE, submissionId, "DETACH", Map.of(
                    "attachmentId", attachment.id, "filename", attachment.filename, "sha256", attachment.sha256), null);
        });
        return found.isPresent();
    }

    /** Every file is checked before any is stored: size, then emptiness, then type. */
    private List<Checked> check(List<FileUpload> files) {
        long max = limits.maxFileSize().asLongValue();
        for (FileUpload file : files) {
            if (file.size() > max) {
                throw new ProblemException(new Problem("file-too-large", "File too large", 413,
                        "'" + file.fileName() + "' has " + file.size() + " bytes; a file may have at most " + max + "."));
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
        for (FileUpload file : files) {
            FileType type = detect(file).orElseThrow(() -> new ProblemException(new Problem("unsupported-file-type",
                    "Unsupported file type", 415, "'" + file.fileName() + "' is not a PDF, DOCX, PPTX, XLSX, ODT, "
                    + "PNG or JPEG file (its content was checked, not its name).")));
            checked.add(new Checked(file, type, Filenames.sanitise(file.fileName(), type)));
        }
        return checked;
    }

    private static Optional<FileType> detect(FileUpload file) {
        try {
            return FileType.detect(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }

    private static String sha256(FileUpload file) {
        try {
            return AttachmentStore.sha256(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }
}
