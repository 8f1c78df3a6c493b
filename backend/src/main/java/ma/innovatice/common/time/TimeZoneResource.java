package ma.innovatice.common.time;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Morocco's offsets, public and the same for every caller. The answer changes once a year (its window
 * moves) or when the runtime's time-zone data is updated, so browsers may keep it a day.
 */
@Path("/api/time-zone")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TimeZoneResource {

    private final MoroccoTimeZone zone;

    TimeZoneResource(MoroccoTimeZone zone) {
        this.zone = zone;
    }

    @GET
    public Response get() {
        return Response.ok(zone.current()).header("Cache-Control", "public, max-age=86400").build();
    }
}
