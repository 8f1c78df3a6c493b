package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationInput;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationView;
import ma.innovatice.evaluation.EvaluationDtos.JuryAssignment;
import ma.innovatice.evaluation.EvaluationDtos.JuryAssignmentSummary;
import ma.innovatice.evaluation.EvaluationDtos.Panel;
import ma.innovatice.evaluation.EvaluationDtos.ReasonInput;
import ma.innovatice.submission.AttachmentDownloads;

import java.util.List;

/** A juror's own assignments; any other assignment answers 404. */
@Path("/api/jury/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.JURY)
public class JuryResource {

    private final EvaluationService service;
    private final ConflictService conflicts;
    private final AttachmentDownloads downloads;
    private final CurrentUser currentUser;

    JuryResource(EvaluationService service, ConflictService conflicts, AttachmentDownloads downloads,
                 CurrentUser currentUser) {
        this.service = service;
        this.conflicts = conflicts;
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    @GET
    public List<JuryAssignmentSummary> mine(@QueryParam("editionId") @Min(1) Long editionId) {
        return service.mine(currentUser.actor(), editionId);
    }

    @GET
    @Path("/{assignmentId}")
    public JuryAssignment get(@PathParam("assignmentId") @Min(1) long id) {
        return service.view(id, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{assignmentId}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("assignmentId") @Min(1) long id,
                             @PathParam("attachmentId") @Min(1) long attachmentId) {
        EvaluationService.JuryFile file = service.file(id, attachmentId, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId));
        return downloads.response(file.attachment(), file.filename());
    }

    @POST
    @Path("/{assignmentId}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareConflict(@PathParam("assignmentId") @Min(1) long id, @Valid @NotNull ReasonInput input) {
        conflicts.declare(id, input.reason(), currentUser.actor());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{assignmentId}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvaluationView save(@PathParam("assignmentId") @Min(1) long id, @Valid @NotNull EvaluationInput input) {
        return service.save(id, input, currentUser.actor());
    }

    /** An incomplete evaluation is refused naming the missing criteria in the language of Accept-Language. */
    @POST
    @Path("/{assignmentId}/evaluation/submit")
    public EvaluationView submit(@PathParam("assignmentId") @Min(1) long id) {
        return service.submit(id, currentUser.actor());
    }

    @GET
    @Path("/{assignmentId}/panel")
    public Panel panel(@PathParam("assignmentId") @Min(1) long id) {
        return service.panel(id, currentUser.actor());
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Assignment " + id);
    }
}
