package ma.innovatice.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Roles;
import ma.innovatice.notification.OutboxAdmin.OutboxItem;

@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OutboxResource {

    private final OutboxAdmin outbox;

    OutboxResource(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GET
    public Page<OutboxItem> list(
            @QueryParam("status") @Pattern(regexp = "^(PENDING|SENT|FAILED)$", message = "must be PENDING, SENT or FAILED")
            String status,
            @QueryParam("recipient") @Size(max = 254) String recipient,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return outbox.list(status == null ? null : OutboxMessage.Status.valueOf(status),
                recipient == null || recipient.isBlank() ? null : recipient.trim(), page, size);
    }

    @POST
    @Path("/{messageId}/retry")
    public OutboxItem retry(@PathParam("messageId") @Min(1) long id) {
        return outbox.retry(id).orElseThrow(() -> ProblemException.notFound("Outbox message " + id));
    }
}
