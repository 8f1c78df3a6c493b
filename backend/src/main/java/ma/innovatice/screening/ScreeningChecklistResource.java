package ma.innovatice.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.screening.ScreeningDtos.Checklist;
import ma.innovatice.screening.ScreeningDtos.ChecklistInput;

@Path("/api/editions/{editionId}/screening-checklist")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningChecklistResource {

    private final ScreeningService service;
    private final CurrentUser currentUser;

    ScreeningChecklistResource(ScreeningService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Checklist get(@PathParam("editionId") @Min(1) long editionId) {
        return service.checklist(editionId).orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Checklist replace(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull ChecklistInput input) {
        return service.replaceChecklist(editionId, input, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }
}
