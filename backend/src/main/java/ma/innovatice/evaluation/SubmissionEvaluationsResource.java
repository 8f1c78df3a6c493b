package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationWithJuror;

import java.util.List;

@Path("/api/submissions/{submissionId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SubmissionEvaluationsResource {

    private final ModerationService service;

    SubmissionEvaluationsResource(ModerationService service) {
        this.service = service;
    }

    @GET
    public List<EvaluationWithJuror> list(@PathParam("submissionId") @Min(1) long submissionId) {
        return service.ofSubmission(submissionId).orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
    }
}
