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
import ma.innovatice.common.api.DayRange;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.notification.OutboxAdmin.OutboxFilter;
import ma.innovatice.notification.OutboxAdmin.OutboxItem;

@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OutboxResource {

    private final OutboxAdmin outbox;
    private final CurrentUser currentUser;

    OutboxResource(OutboxAdmin outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @GET
    public Page<OutboxItem> list(
            @QueryParam("status") @Pattern(regexp = "^(PENDING|SENT|FAILED)$", message = "must be PENDING, SENT or FAILED")
            String status,
            @QueryParam("recipient") @Size(max = 254) String recipient,
            @QueryParam("editionId") @Min(1) Long editionId,
            @QueryParam("kind") MailKind kind,
            @QueryParam("from") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date YYYY-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date YYYY-MM-DD") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return outbox.list(new OutboxFilter(status == null ? null : OutboxMessage.Status.valueOf(status),
                recipient == null || recipient.isBlank() ? null : recipient.trim(), editionId, kind,
                DayRange.of("from", from, "to", to)), page, size);
    }

    @POST
    @Path("/{messageId}/retry")
    public OutboxItem retry(@PathParam("messageId") @Min(1) long id) {
        return outbox.retry(id, currentUser.actor()).orElseThrow(() -> ProblemException.notFound("Outbox message " + id));
    }
}
