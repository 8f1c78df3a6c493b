package ma.innovatice.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.security.Roles;
import ma.innovatice.retention.RetentionDtos.EditionRetention;
import ma.innovatice.retention.RetentionDtos.RetentionPassView;

import java.util.List;

@Path("/api/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    private final RetentionReport report;

    RetentionResource(RetentionReport report) {
        this.report = report;
    }

    @GET
    @Path("/passes")
    public Page<RetentionPassView> passes(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return report.passes(page, size);
    }

    @GET
    @Path("/editions")
    public List<EditionRetention> editions() {
        return report.editions();
    }
}
