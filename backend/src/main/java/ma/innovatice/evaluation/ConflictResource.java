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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.EvaluationDtos.ConflictInput;
import ma.innovatice.evaluation.EvaluationDtos.ConflictView;

import java.util.List;

/** The conflicts of interest of an edition, as administrators see and record them. */
@Path("/api/editions/{editionId}/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ConflictResource {

    private final ConflictService service;
    private final CurrentUser currentUser;

    ConflictResource(ConflictService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public List<ConflictView> list(@PathParam("editionId") @Min(1) long editionId) {
        return service.list(editionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull ConflictInput input) {
        return Response.status(Response.Status.CREATED).entity(service.record(editionId, input, currentUser.actor())).build();
    }
}
