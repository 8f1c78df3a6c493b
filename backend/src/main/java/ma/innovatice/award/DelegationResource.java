package ma.innovatice.award;

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
import ma.innovatice.award.DelegationDtos.DelegationInput;
import ma.innovatice.award.DelegationDtos.DelegationView;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

/** The delegation to the international forum (administrators; chosen during deliberation). */
@Path("/api/editions/{editionId}/delegation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DelegationResource {

    private final DelegationService service;
    private final CurrentUser currentUser;

    DelegationResource(DelegationService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public DelegationView get(@PathParam("editionId") @Min(1) long editionId) {
        return service.view(editionId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DelegationView put(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull DelegationInput input) {
        return service.replace(editionId, input, currentUser.actor());
    }
}
