package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import ma.innovatice.round.JudgingScope;
import ma.innovatice.round.JudgingScope.Target;

import java.util.List;

import static ma.innovatice.reference.CodePatterns.REGION;

@Path("/api/editions/{editionId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class AssignmentResource {

    private final AssignmentService service;
    private final CurrentUser currentUser;
    private final JudgingScope scope;

    AssignmentResource(AssignmentService service, CurrentUser currentUser, JudgingScope scope) {
        this.service = service;
        this.currentUser = currentUser;
        this.scope = scope;
    }

    private Target target(long editionId, Integer round, String region) {
        return scope.resolve(currentUser.actor(), editionId, round, region);
    }

    @GET
    public List<AssignmentView> list(@PathParam("editionId") @Min(1) long editionId,
                                     @QueryParam("jurorId") @Min(1) Long jurorId,
                                     @QueryParam("submissionId") @Min(1) Long submissionId,
                                     @QueryParam("round") @Min(1) @Max(3) Integer round,
                                     @QueryParam("region") @Pattern(regexp = REGION) String region) {
        return service.list(target(editionId, round, region), jurorId, submissionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("editionId") @Min(1) long editionId,
                           @QueryParam("round") @Min(1) @Max(3) Integer round, @Valid @NotNull AssignmentInput input) {
        return Response.status(Response.Status.CREATED).entity(service.create(target(editionId, round, null), input,
                currentUser.actor())).build();
    }

    @GET
    @Path("/candidates")
    public AssignmentCandidates candidates(@PathParam("editionId") @Min(1) long editionId,
                                           @QueryParam("submissionId") @NotNull @Min(1) Long submissionId,
                                           @QueryParam("round") @Min(1) @Max(3) Integer round) {
        return service.candidates(target(editionId, round, null), submissionId);
    }

    @POST
    @Path("/auto")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentReport auto(@PathParam("editionId") @Min(1) long editionId,
                                 @QueryParam("round") @Min(1) @Max(3) Integer round,
                                 @QueryParam("region") @Pattern(regexp = REGION) String region,
                                 @Valid AutoAssignInput input) {
        return service.auto(target(editionId, round, region), input, currentUser.actor());
    }
}
