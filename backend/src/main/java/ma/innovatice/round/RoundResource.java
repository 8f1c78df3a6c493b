package ma.innovatice.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.round.RoundDtos.RoundView;
import ma.innovatice.round.RoundDtos.RoundsInput;

import java.util.List;

/** The judging rounds of an edition: read by administrators and coordinators, configured by administrators. */
@Path("/api/editions/{editionId}/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final RoundConfigService service;
    private final CurrentUser currentUser;

    RoundResource(RoundConfigService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<RoundView> list(@PathParam("editionId") @Min(1) long editionId) {
        return service.list(editionId);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RoundView> replace(@PathParam("editionId") @Min(1) long editionId, @NotNull @Valid RoundsInput input) {
        return service.replace(editionId, input.rounds(), currentUser.actor());
    }
}
