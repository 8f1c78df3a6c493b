package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentCandidates;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentInput;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentReport;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentView;
import ma.innovatice.evaluation.EvaluationDtos.AutoAssignInput;

import java.util.List;

@Path("/api/editions/{editionId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AssignmentResource {

    private final AssignmentService service;
    private final CurrentUser currentUser;

    AssignmentResource(AssignmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public List<AssignmentView> list(@PathParam("editionId") @Min(1) long editionId,
                                     @QueryParam("jurorId") @Min(1) Long jurorId,
                                     @QueryParam("submissionId") @Min(1) Long submissionId) {
        return service.list(editionId, jurorId, submissionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull AssignmentInput input) {
        return Response.status(Response.Status.CREATED).entity(service.create(editionId, input, currentUser.actor())).build();
    }

    @GET
    @Path("/candidates")
    public AssignmentCandidates candidates(@PathParam("editionId") @Min(1) long editionId,
                                           @QueryParam("submissionId") @NotNull @Min(1) Long submissionId) {
        return service.candidates(editionId, submissionId);
    }

    @POST
    @Path("/auto")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentReport auto(@PathParam("editionId") @Min(1) long editionId, @Valid AutoAssignInput input) {
        return service.auto(editionId, input, currentUser.actor());
    }
}
