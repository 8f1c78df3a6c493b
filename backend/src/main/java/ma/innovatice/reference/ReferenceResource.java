package ma.innovatice.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.reference.ReferenceData.RegionView;
import ma.innovatice.reference.ReferenceData.SchoolLevelView;

import java.util.List;

@Path("/api/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    private final ReferenceData data;

    ReferenceResource(ReferenceData data) {
        this.data = data;
    }

    @GET
    @Path("/regions")
    public List<RegionView> regions() {
        return data.regions();
    }

    @GET
    @Path("/school-levels")
    public List<SchoolLevelView> schoolLevels() {
        return data.schoolLevels();
    }
}
