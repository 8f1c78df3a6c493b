package ma.innovatice.gallery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.web.ContentDisposition;
import ma.innovatice.gallery.GalleryDtos.Preview;
import ma.innovatice.gallery.GalleryDtos.PublicFile;
import ma.innovatice.submission.AttachmentDownloads;

/**
 * The answer of a public gallery file: PNG, JPEG and PDF inline (the page shows them; the framing
 * and sandbox policy of these answers is {@code SecurityHeaders}'), every other type as a download.
 * The SHA-256 is the ETag and every use revalidates ({@code no-cache}), so a revoked consent holds
 * at once even for a cache that kept the bytes.
 */
@ApplicationScoped
public class GalleryFiles {

    private final AttachmentDownloads downloads;

    GalleryFiles(AttachmentDownloads downloads) {
        this.downloads = downloads;
    }

    Response response(PublicFile file, String ifNoneMatch) {
        String etag = "\"" + file.sha256() + "\"";
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", "public, no-cache").build();
        }
        boolean inline = Preview.of(file.contentType()) != Preview.NONE;
        return Response.ok(downloads.body(file.id()), file.contentType())
                .header("Content-Disposition", inline ? ContentDisposition.inline(file.filename())
                        : ContentDisposition.attachment(file.filename()))
                .header("Content-Length", file.sizeBytes())
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** If-None-Match holds this ETag (a list, or {@code *}); bounded by the header's size limit. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",", 21)) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
