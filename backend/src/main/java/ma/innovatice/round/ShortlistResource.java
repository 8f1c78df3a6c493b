package ma.innovatice.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.round.ShortlistDtos.RoundCloseInput;
import ma.innovatice.round.ShortlistDtos.RoundClosePreview;
import ma.innovatice.round.ShortlistDtos.RoundProgress;
import ma.innovatice.round.ShortlistDtos.Shortlist;
import ma.innovatice.round.ShortlistDtos.ShortlistConfirmation;
import ma.innovatice.round.ShortlistDtos.ShortlistDecision;
import ma.innovatice.round.ShortlistDtos.ShortlistRow;

/** Closing a round that is not the last, and the shortlist that sends projects on to the next. */
@Path("/api/editions/{editionId}/rounds/{position}")
@Produces(MediaType.APPLICATION_JSON)
public class ShortlistResource {

    private static final String REGION = "^MA-(0[1-9]|1[0-2])$";

    private final ShortlistService shortlists;
    private final CurrentUser currentUser;

    ShortlistResource(ShortlistService shortlists, CurrentUser currentUser) {
        this.shortlists = shortlists;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/close-preview")
    @RolesAllowed(Roles.ADMIN)
    public RoundClosePreview closePreview(@PathParam("editionId") @Min(1) long editionId,
                                          @PathParam("position") @Min(1) @Max(3) int position) {
        return shortlists.closePreview(editionId, position);
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RoundProgress close(@PathParam("editionId") @Min(1) long editionId,
                               @PathParam("position") @Min(1) @Max(3) int position,
                               @NotNull @Valid RoundCloseInput input) {
        return shortlists.close(editionId, position, input, currentUser.actor(), RequestLanguage.current());
    }

    @GET
    @Path("/shortlist")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Shortlist shortlist(@PathParam("editionId") @Min(1) long editionId,
                               @PathParam("position") @Min(1) @Max(3) int position,
                               @QueryParam("region") @Pattern(regexp = REGION) String region) {
        return shortlists.shortlist(editionId, position, region, currentUser.actor(), RequestLanguage.current());
    }

    @PUT
    @Path("/shortlist/{submissionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public ShortlistRow decide(@PathParam("editionId") @Min(1) long editionId,
                               @PathParam("position") @Min(1) @Max(3) int position,
                               @PathParam("submissionId") @Min(1) long submissionId,
                               @NotNull @Valid ShortlistDecision input) {
        return shortlists.decide(editionId, position, submissionId, input, currentUser.actor(), RequestLanguage.current());
    }

    @POST
    @Path("/shortlist/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Shortlist confirm(@PathParam("editionId") @Min(1) long editionId,
                             @PathParam("position") @Min(1) @Max(3) int position,
                             @NotNull @Valid ShortlistConfirmation input) {
        return shortlists.confirm(editionId, position, input.region(), currentUser.actor(), RequestLanguage.current());
    }
}
