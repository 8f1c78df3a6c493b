package ma.innovatice.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.award.AwardDtos.AwardUpdate;
import ma.innovatice.award.AwardDtos.AwardView;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

/** One award, changed or removed during deliberation (administrators only). */
@Path("/api/awards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AwardAdminResource {

    private final AwardService service;
    private final CurrentUser currentUser;

    AwardAdminResource(AwardService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @PUT
    @Path("/{awardId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AwardView update(@PathParam("awardId") @Min(1) long id, @Valid @NotNull AwardUpdate input) {
        return service.update(id, input, currentUser.actor());
    }

    @DELETE
    @Path("/{awardId}")
    public Response delete(@PathParam("awardId") @Min(1) long id) {
        service.delete(id, currentUser.actor());
        return Response.noContent().build();
    }
}
