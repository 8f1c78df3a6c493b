package ma.innovatice.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.submission.SubmissionDtos.SubmissionSummary;

import java.util.List;

@Path("/api/me/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class MySubmissionsResource {

    private final SubmissionService service;
    private final CurrentUser currentUser;

    MySubmissionsResource(SubmissionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.TEACHER)
    public List<SubmissionSummary> mine() {
        return service.mine(currentUser.actor());
    }
}
