package ma.innovatice.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.award.AwardDtos.EditionStatistics;
import ma.innovatice.award.AwardDtos.SubmissionResult;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;

/** A project's result and certificate for its author (or an admin), and an edition's figures for admins. */
public final class ResultResource {

    private ResultResource() {
    }

    @Path("/api/submissions/{submissionId}/result")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEACHER, Roles.ADMIN})
    public static class OfSubmission {
        private final ShowcaseService service;
        private final CurrentUser currentUser;

        OfSubmission(ShowcaseService service, CurrentUser currentUser) {
            this.service = service;
            this.currentUser = currentUser;
        }

        @GET
        public SubmissionResult result(@PathParam("submissionId") @Min(1) long submissionId) {
            return service.result(submissionId, currentUser.actor());
        }
    }

    @Path("/api/submissions/{submissionId}/certificate")
    @RolesAllowed({Roles.TEACHER, Roles.ADMIN})
    public static class CertificateOfSubmission {
        private final ShowcaseService service;
        private final CurrentUser currentUser;

        CertificateOfSubmission(ShowcaseService service, CurrentUser currentUser) {
            this.service = service;
            this.currentUser = currentUser;
        }

        @GET
        @Produces({"application/pdf", MediaType.APPLICATION_JSON})
        public Response certificate(@PathParam("submissionId") @Min(1) long submissionId) {
            ShowcaseService.Pdf pdf = service.certificate(submissionId, currentUser.actor());
            return Response.ok(pdf.content(), "application/pdf")
                    .header("Content-Disposition", ContentDisposition.attachment(pdf.fileName())).build();
        }
    }

    @Path("/api/editions/{editionId}/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public static class OfEdition {
        private final StatisticsService service;

        OfEdition(StatisticsService service) {
            this.service = service;
        }

        @GET
        public EditionStatistics get(@PathParam("editionId") @Min(1) long editionId) {
            return service.edition(editionId);
        }
    }
}
