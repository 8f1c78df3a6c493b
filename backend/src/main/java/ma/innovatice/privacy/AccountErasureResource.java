package ma.innovatice.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.privacy.ErasureDtos.AdminErasureInput;
import ma.innovatice.privacy.ErasureDtos.ErasureReport;

@Path("/api/accounts/{accountId}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountErasureResource {

    private final ErasureService service;
    private final CurrentUser currentUser;

    AccountErasureResource(ErasureService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureReport erase(@PathParam("accountId") @Min(1) long accountId, @Valid @NotNull AdminErasureInput input) {
        return service.eraseByAdmin(accountId, input.reason(), currentUser.actor());
    }
}
