package ma.innovatice.coordinator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

@Path("/api/coordinator/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class CoordinatorResource {

    private final CoordinatorService service;
    private final CurrentUser currentUser;

    CoordinatorResource(CoordinatorService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public CoordinatorDashboard dashboard() {
        return service.dashboard(currentUser.actor());
    }
}
