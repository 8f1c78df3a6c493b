package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.ProjectEvaluations;

/** The evaluations of an edition, project by project, as administrators review them before publication. */
@Path("/api/editions/{editionId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EditionEvaluationsResource {

    private final ModerationService service;

    EditionEvaluationsResource(ModerationService service) {
        this.service = service;
    }

    @GET
    public Page<ProjectEvaluations> list(@PathParam("editionId") @Min(1) long editionId,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.ofEdition(editionId, page, size).orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }
}
