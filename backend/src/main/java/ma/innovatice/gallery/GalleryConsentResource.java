package ma.innovatice.gallery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.gallery.GalleryDtos.GalleryConsent;
import ma.innovatice.gallery.GalleryDtos.GalleryConsentInput;

/** A teacher's consent to show her own awarded project in the public gallery. */
@Path("/api/submissions/{submissionId}/gallery")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TEACHER)
public class GalleryConsentResource {

    private final GalleryService service;
    private final CurrentUser currentUser;

    GalleryConsentResource(GalleryService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public GalleryConsent get(@PathParam("submissionId") @Min(1) long submissionId) {
        return service.consent(submissionId, currentUser.actor());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public GalleryConsent put(@PathParam("submissionId") @Min(1) long submissionId,
                              @Valid @NotNull GalleryConsentInput input) {
        return service.give(submissionId, input, currentUser.actor());
    }

    @DELETE
    public Response revoke(@PathParam("submissionId") @Min(1) long submissionId) {
        service.revoke(submissionId, currentUser.actor());
        return Response.noContent().build();
    }
}
