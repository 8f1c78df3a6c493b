package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationView;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationWithJuror;
import ma.innovatice.evaluation.EvaluationDtos.ModerationInput;
import ma.innovatice.evaluation.EvaluationDtos.ReasonInput;

@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EvaluationAdminResource {

    private final EvaluationService service;
    private final ModerationService moderation;
    private final CurrentUser currentUser;

    EvaluationAdminResource(EvaluationService service, ModerationService moderation, CurrentUser currentUser) {
        this.service = service;
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/{evaluationId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvaluationView reopen(@PathParam("evaluationId") @Min(1) long id, @Valid @NotNull ReasonInput input) {
        return service.reopen(id, input.reason(), currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Evaluation " + id));
    }

    @PUT
    @Path("/{evaluationId}/moderated-feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvaluationWithJuror moderate(@PathParam("evaluationId") @Min(1) long id, @Valid @NotNull ModerationInput input) {
        return moderation.moderate(id, input, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Evaluation " + id));
    }
}
