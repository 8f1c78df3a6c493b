package ma.innovatice.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ma.innovatice.common.web.ContentDisposition;

/** The download response of an evidence file: streamed bytes, safe headers, the name given. */
@ApplicationScoped
public class AttachmentDownloads {

    private final AttachmentStore store;

    AttachmentDownloads(AttachmentStore store) {
        this.store = store;
    }

    public Response response(Attachment attachment, String filename) {
        return Response.ok(body(attachment.id), attachment.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(filename))
                .header("Content-Length", attachment.sizeBytes)
                .header("X-Content-SHA256", attachment.sha256)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The bytes of a file, streamed one stored chunk at a time. */
    public StreamingOutput body(long attachmentId) {
        return out -> store.copyTo(attachmentId, out);
    }
}
