package ma.innovatice.anonymity;

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
import ma.innovatice.anonymity.AnonymityDtos.FlaggedPage;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Roles;

/**
 * The projects of an edition whose author still shows, for administrators. Coordinators do not see
 * it: a redaction rewrites a teacher's project, which only administrators do elsewhere.
 */
@Path("/api/editions/{editionId}/anonymity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EditionAnonymityResource {

    private final AnonymityService service;

    EditionAnonymityResource(AnonymityService service) {
        this.service = service;
    }

    @GET
    public FlaggedPage list(@PathParam("editionId") @Min(1) long editionId,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.flagged(editionId, page, size).orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }
}
