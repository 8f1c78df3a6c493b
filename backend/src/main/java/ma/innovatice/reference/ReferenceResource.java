package ma.innovatice.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.reference.ReferenceService.RegionView;
import ma.innovatice.reference.ReferenceService.SchoolLevelView;

import java.util.List;

@Path("/api/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    private final ReferenceService service;

    ReferenceResource(ReferenceService service) {
        this.service = service;
    }

    @GET
    @Path("/regions")
    public List<RegionView> regions() {
        return service.regions();
    }

    @GET
    @Path("/school-levels")
    public List<SchoolLevelView> schoolLevels() {
        return service.schoolLevels();
    }
}
