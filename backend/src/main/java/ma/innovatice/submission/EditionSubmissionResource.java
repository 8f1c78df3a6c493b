package ma.innovatice.submission;

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
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.submission.SubmissionDtos.SubmissionInput;
import ma.innovatice.submission.SubmissionDtos.SubmissionView;

import java.net.URI;

@Path("/api/editions/{editionId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionSubmissionResource {

    private final SubmissionService service;
    private final CurrentUser currentUser;

    EditionSubmissionResource(SubmissionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @RolesAllowed(Roles.TEACHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull SubmissionInput input) {
        SubmissionView submission = service.create(editionId, input, currentUser.actor());
        return Response.created(URI.create("/api/submissions/" + submission.id())).entity(submission).build();
    }
}
