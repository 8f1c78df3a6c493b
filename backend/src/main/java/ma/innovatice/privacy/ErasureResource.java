package ma.innovatice.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.privacy.ErasureDtos.ErasureReport;
import ma.innovatice.privacy.ErasureDtos.SelfErasureInput;

@Path("/api/me/erasure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEACHER, Roles.JURY, Roles.COORDINATOR, Roles.ADMIN})
public class ErasureResource {

    private final ErasureService service;
    private final CurrentUser currentUser;

    ErasureResource(ErasureService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureReport erase(@Valid @NotNull SelfErasureInput input) {
        return service.eraseSelf(currentUser.actor(), input.currentPassword());
    }
}
