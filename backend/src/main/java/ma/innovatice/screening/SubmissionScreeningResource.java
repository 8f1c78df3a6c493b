package ma.innovatice.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.screening.ScreeningDtos.QueueEntry;
import ma.innovatice.screening.ScreeningDtos.ScreeningInput;

@Path("/api/submissions/{submissionId}/screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class SubmissionScreeningResource {

    private final ScreeningService service;
    private final CurrentUser currentUser;

    SubmissionScreeningResource(ScreeningService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public QueueEntry screen(@PathParam("submissionId") @Min(1) long submissionId, @Valid @NotNull ScreeningInput input) {
        return service.screen(submissionId, input, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
    }
}
