package ma.innovatice.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.api.DayRange;
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
            @QueryParam("entityType") @Pattern(
                    regexp = "^(ACCOUNT|EDITION|SUBMISSION|SCREENING|ASSIGNMENT|EVALUATION|AWARD|CERTIFICATE|OUTBOX_MESSAGE)$",
                    message = "must be ACCOUNT, EDITION, SUBMISSION, SCREENING, ASSIGNMENT, EVALUATION, AWARD, CERTIFICATE "
                            + "or OUTBOX_MESSAGE") String entityType,
            @QueryParam("entityId") @Min(1) Long entityId,
            @QueryParam("editionId") @Min(1) Long editionId,
            @QueryParam("actor") @Size(max = 254) String actor,
            @QueryParam("action") @Pattern(regexp = "^[A-Z_]{1,40}$", message = "must be an action in capitals, such as REOPEN")
            String action,
            @QueryParam("from") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date YYYY-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date YYYY-MM-DD") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.search(new AuditQueries.AuditFilter(entityType, entityId, editionId,
                actor == null || actor.isBlank() ? null : actor.trim(), action, DayRange.of("from", from, "to", to)),
                page, size);
    }
}
