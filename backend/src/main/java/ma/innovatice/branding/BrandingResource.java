package ma.innovatice.branding;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operator's logo and organiser, public and the same for every caller, so browsers may keep them a while. */
@Path("/api/branding")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class BrandingResource {

    private final Branding branding;

    BrandingResource(Branding branding) {
        this.branding = branding;
    }

    @GET
    public Response get() {
        return Response.ok(branding.view()).header("Cache-Control", "public, max-age=300").build();
    }
}
