package ma.innovatice.edition;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.edition.EditionDtos.EditionInput;
import ma.innovatice.edition.EditionDtos.EditionView;
import ma.innovatice.edition.EditionDtos.EvaluationDeadlineInput;
import ma.innovatice.edition.EditionDtos.TransitionInput;
import ma.innovatice.edition.EditionDtos.TransitionPreview;

import java.net.URI;
import java.util.List;

@Path("/api/editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final EditionService service;
    private final CurrentUser currentUser;

    EditionResource(EditionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @PermitAll
    public List<EditionView> list(@QueryParam("status") EditionStatus status) {
        return service.list(currentUser.isAdmin(), status);
    }

    @GET
    @Path("/current")
    @PermitAll
    public EditionView current() {
        return service.current().orElseThrow(() -> ProblemException.notFound("A current edition"));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull EditionInput input) {
        EditionView edition = service.create(input, currentUser.actor());
        return Response.created(URI.create("/api/editions/" + edition.id())).entity(edition).build();
    }

    @GET
    @Path("/{editionId}")
    @PermitAll
    public EditionView get(@PathParam("editionId") @Min(1) long id) {
        return service.find(id, currentUser.isAdmin()).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("/{editionId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public EditionView update(@PathParam("editionId") @Min(1) long id, @Valid @NotNull EditionInput input) {
        return service.update(id, input, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{editionId}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("editionId") @Min(1) long id) {
        if (!service.delete(id, currentUser.actor())) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{editionId}/transitions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public EditionView transition(@PathParam("editionId") @Min(1) long id, @Valid @NotNull TransitionInput input) {
        return service.transition(id, input, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{editionId}/transitions/preview")
    @RolesAllowed(Roles.ADMIN)
    public TransitionPreview previewTransition(@PathParam("editionId") @Min(1) long id,
                                               @QueryParam("to") @NotNull EditionStatus to) {
        return service.preview(id, to).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{editionId}/evaluation-deadline")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public EditionView extendEvaluationDeadline(@PathParam("editionId") @Min(1) long id,
                                                @Valid @NotNull EvaluationDeadlineInput input) {
        return service.extendEvaluationDeadline(id, input, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{editionId}/criteria")
    @PermitAll
    public List<CriterionView> criteria(@PathParam("editionId") @Min(1) long id) {
        return service.rubric(id, currentUser.isAdmin()).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("/{editionId}/criteria")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CriterionView> replaceCriteria(@PathParam("editionId") @Min(1) long id,
                                               @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid CriterionInput> criteria) {
        return service.replaceRubric(id, criteria, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Edition " + id);
    }
}
