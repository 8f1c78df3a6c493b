package ma.innovatice.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.screening.ScreeningDtos.Queue;
import ma.innovatice.screening.ScreeningDtos.State;

import static ma.innovatice.reference.CodePatterns.REGION;

@Path("/api/editions/{editionId}/screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class ScreeningQueueResource {

    private final ScreeningService service;
    private final CurrentUser currentUser;

    ScreeningQueueResource(ScreeningService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public Queue queue(@PathParam("editionId") @Min(1) long editionId,
                       @QueryParam("region") @Pattern(regexp = REGION) String region,
                       @QueryParam("state") State state,
                       @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.queue(editionId, region, state, page, size, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }
}
