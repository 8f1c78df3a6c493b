package ma.innovatice.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;

import java.time.ZoneId;

@Path("/api/me/data-export")
@RolesAllowed({Roles.TEACHER, Roles.JURY, Roles.COORDINATOR, Roles.ADMIN})
public class DataExportResource {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final DataExportService service;
    private final DataExportZip zip;
    private final CurrentUser currentUser;

    DataExportResource(DataExportService service, DataExportZip zip, CurrentUser currentUser) {
        this.service = service;
        this.zip = zip;
        this.currentUser = currentUser;
    }

    @GET
    @Produces({"application/zip", "application/json"})
    public Response export() {
        DataExportService.Export export = service.export(currentUser.actor());
        String name = "innovatice-mes-donnees-" + export.exportedAt().atZone(MOROCCO).toLocalDate() + ".zip";
        return Response.ok(zip.body(export), "application/zip")
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
