package ma.innovatice.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.award.AwardDtos.CertificateReissue;
import ma.innovatice.award.AwardDtos.CertificateReissued;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

import java.net.URI;

/** Corrections of issued certificates (administrators only). */
@Path("/api/submissions/{submissionId}/certificate/reissue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CertificateAdminResource {

    private final CertificateService service;
    private final CurrentUser currentUser;

    CertificateAdminResource(CertificateService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reissue(@PathParam("submissionId") @Min(1) long submissionId,
                            @Valid @NotNull CertificateReissue input) {
        CertificateReissued reissued = service.reissue(submissionId, input, currentUser.actor());
        return Response.created(URI.create("/api/certificates/" + reissued.certificate().code()))
                .entity(reissued).build();
    }
}
