package ma.innovatice.gallery;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.gallery.GalleryDtos.GalleryFilter;
import ma.innovatice.gallery.GalleryDtos.GalleryPage;
import ma.innovatice.gallery.GalleryDtos.GalleryProject;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

/** The public gallery of laureate projects: the list, a project, a file chosen by its teacher. */
@Path("/api/gallery")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GalleryResource {

    private final GalleryService service;
    private final GalleryFiles files;

    GalleryResource(GalleryService service, GalleryFiles files) {
        this.service = service;
        this.files = files;
    }

    @GET
    public GalleryPage list(@QueryParam("q") @Size(max = 100) String text,
                            @QueryParam("edition") @Min(1) Long editionId,
                            @QueryParam("region") @Pattern(regexp = REGION) String region,
                            @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                            @QueryParam("discipline") @Size(max = 100) String discipline,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                            @QueryParam("size") @DefaultValue("12") @Min(1) @Max(100) int size) {
        return service.list(new GalleryFilter(blankToNull(text), editionId, region, level, blankToNull(discipline)),
                page, size);
    }

    @GET
    @Path("/{submissionId}")
    public GalleryProject get(@PathParam("submissionId") @Min(1) long submissionId) {
        return service.project(submissionId).orElseThrow(() -> notInGallery(submissionId));
    }

    @GET
    @Path("/{submissionId}/files/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("submissionId") @Min(1) long submissionId,
                         @PathParam("attachmentId") @Min(1) long attachmentId,
                         @HeaderParam("If-None-Match") @Size(max = 200) String ifNoneMatch) {
        return service.file(submissionId, attachmentId)
                .map(file -> files.response(file, ifNoneMatch))
                .orElseThrow(() -> ProblemException.notFound("File " + attachmentId + " of gallery project " + submissionId));
    }

    private static ProblemException notInGallery(long submissionId) {
        return ProblemException.notFound("Gallery project " + submissionId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
