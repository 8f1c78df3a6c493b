package ma.innovatice.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public facts of the privacy notice; built once from the configuration, so browsers may keep them a while. */
@Path("/api/privacy-notice")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PrivacyNoticeResource {

    private final PrivacyNotice notice;

    PrivacyNoticeResource(PrivacyNotice notice) {
        this.notice = notice;
    }

    @GET
    public Response get() {
        return Response.ok(notice.facts()).header("Cache-Control", "public, max-age=300").build();
    }
}
