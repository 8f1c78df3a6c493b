package ma.innovatice.award;

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
import ma.innovatice.award.AwardDtos.AwardInput;
import ma.innovatice.award.AwardDtos.AwardProposal;
import ma.innovatice.award.AwardDtos.AwardView;
import ma.innovatice.award.AwardDtos.ProposalInput;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

import java.net.URI;
import java.util.List;

/** Deliberation: the awards of an edition (administrators only). */
@Path("/api/editions/{editionId}/awards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AwardResource {

    private final AwardService service;
    private final CurrentUser currentUser;

    AwardResource(AwardService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public List<AwardView> list(@PathParam("editionId") @Min(1) long editionId) {
        return service.list(editionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull AwardInput input) {
        AwardView award = service.create(editionId, input, currentUser.actor());
        return Response.created(URI.create("/api/awards/" + award.id())).entity(award).build();
    }

    @POST
    @Path("/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public AwardProposal propose(@PathParam("editionId") @Min(1) long editionId, @Valid ProposalInput input) {
        return service.propose(editionId, input, currentUser.actor());
    }
}
