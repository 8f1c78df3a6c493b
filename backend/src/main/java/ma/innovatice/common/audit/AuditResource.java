package ma.innovatice.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.security.Roles;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditQueries queries;

    AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    public Page<AuditQueries.AuditView> list(
            @QueryParam("entityType") @Pattern(regexp = "^(ACCOUNT|EDITION|SUBMISSION|ASSIGNMENT|EVALUATION|AWARD)$",
                    message = "must be ACCOUNT, EDITION, SUBMISSION, ASSIGNMENT, EVALUATION or AWARD") String entityType,
            @QueryParam("entityId") @Min(1) Long entityId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.search(entityType, entityId, page, size);
    }
}
