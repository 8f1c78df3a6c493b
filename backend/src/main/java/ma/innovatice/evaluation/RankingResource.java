package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;
import ma.innovatice.evaluation.EvaluationDtos.ExtraJurorInput;
import ma.innovatice.evaluation.EvaluationDtos.JurorSeverity;
import ma.innovatice.evaluation.EvaluationDtos.ProgressView;
import ma.innovatice.evaluation.EvaluationDtos.Ranking;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;

import java.util.List;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

@Path("/api/editions/{editionId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RankingResource {


    private final RankingService ranking;
    private final AssignmentService assignments;
    private final RankingCsv csv;
    private final CurrentUser currentUser;

    RankingResource(RankingService ranking, AssignmentService assignments, RankingCsv csv, CurrentUser currentUser) {
        this.ranking = ranking;
        this.assignments = assignments;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/progress")
    public ProgressView progress(@PathParam("editionId") @Min(1) long editionId) {
        return assignments.progress(editionId);
    }

    @GET
    @Path("/ranking")
    public Ranking ranking(@PathParam("editionId") @Min(1) long editionId,
                           @QueryParam("region") @Pattern(regexp = REGION) String region,
                           @QueryParam("level") @Pattern(regexp = LEVEL) String level) {
        return ranking.ranking(editionId, region, level);
    }

    @GET
    @Path("/ranking/export")
    @Produces("text/csv")
    public Response export(@PathParam("editionId") @Min(1) long editionId,
                           @QueryParam("region") @Pattern(regexp = REGION) String region,
                           @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                           @QueryParam("separator") @DefaultValue("comma") @Pattern(regexp = "^(comma|semicolon)$") String separator) {
        List<RankingService.DetailedEntry> entries = ranking.detailed(editionId, region, level);
        RankingAgreementView agreement = ranking.agreement(editionId);
        char sep = "semicolon".equals(separator) ? ';' : ',';
        StreamingOutput body = out -> csv.write(entries, agreement, sep, out);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("ranking-edition-" + editionId + ".csv")).build();
    }

    @GET
    @Path("/ranking/agreement")
    public RankingAgreementView agreement(@PathParam("editionId") @Min(1) long editionId) {
        return ranking.agreement(editionId);
    }

    @POST
    @Path("/ranking/{submissionId}/extra-juror")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response extraJuror(@PathParam("editionId") @Min(1) long editionId,
                               @PathParam("submissionId") @Min(1) long submissionId, @Valid ExtraJurorInput input) {
        return Response.status(Response.Status.CREATED).entity(assignments.extraJuror(editionId, submissionId,
                input == null ? null : input.jurorId(), currentUser.actor())).build();
    }

    @GET
    @Path("/severity")
    public List<JurorSeverity> severity(@PathParam("editionId") @Min(1) long editionId) {
        return ranking.severity(editionId);
    }
}
