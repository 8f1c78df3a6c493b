package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.round.JudgingScope;

@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class AssignmentAdminResource {

    private final AssignmentService service;
    private final CurrentUser currentUser;

    private final JudgingScope scope;

    AssignmentAdminResource(AssignmentService service, CurrentUser currentUser, JudgingScope scope) {
        this.scope = scope;
        this.service = service;
        this.currentUser = currentUser;
    }

    @DELETE
    @Path("/{assignmentId}")
    public Response delete(@PathParam("assignmentId") @Min(1) long id) {
        if (!service.delete(id, currentUser.actor(), round -> scope.resolve(currentUser.actor(), round))) {
            throw ProblemException.notFound("Assignment " + id);
        }
        return Response.noContent().build();
    }
}
