package ma.innovatice.award;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.award.AwardDtos.CertificateVerification;
import ma.innovatice.award.AwardDtos.EditionResults;
import ma.innovatice.award.AwardDtos.Laureate;
import ma.innovatice.award.AwardDtos.PublicStatistics;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

/** What anyone may read without an account: published results, laureates, certificates, participation. */
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class ShowcaseResource {


    private ShowcaseResource() {
    }

    @Path("/api/editions/{editionId}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Results {
        private final ShowcaseService service;

        Results(ShowcaseService service) {
            this.service = service;
        }

        @GET
        public EditionResults get(@PathParam("editionId") @Min(1) long editionId) {
            return service.results(editionId);
        }
    }

    @Path("/api/laureates")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Laureates {
        private final ShowcaseService service;

        Laureates(ShowcaseService service) {
            this.service = service;
        }

        @GET
        public Page<Laureate> list(@QueryParam("editionId") @Min(1) Long editionId,
                                   @QueryParam("region") @Pattern(regexp = REGION) String region,
                                   @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                                   @QueryParam("kind") AwardKind kind,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
            return service.laureates(editionId, region, level, kind, page, size);
        }
    }

    @Path("/api/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Certificates {
        private final ShowcaseService service;

        Certificates(ShowcaseService service) {
            this.service = service;
        }

        @GET
        @Path("/{code}")
        public CertificateVerification verify(@PathParam("code") @Size(max = 64) String code) {
            return service.verify(code).orElseThrow(() -> ProblemException.notFound("Certificate " + code));
        }
    }

    @Path("/api/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Statistics {
        private final StatisticsService service;

        Statistics(StatisticsService service) {
            this.service = service;
        }

        @GET
        public PublicStatistics get() {
            return service.overview();
        }
    }
}
