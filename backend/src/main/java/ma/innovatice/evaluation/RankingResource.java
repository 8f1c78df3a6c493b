package ma.innovatice.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import ma.innovatice.account.Language;
import ma.innovatice.common.api.Csv;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;
import ma.innovatice.evaluation.EvaluationDtos.ExtraJurorInput;
import ma.innovatice.evaluation.EvaluationDtos.JurorSeverity;
import ma.innovatice.evaluation.EvaluationDtos.ProgressView;
import ma.innovatice.evaluation.EvaluationDtos.Ranking;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;
import ma.innovatice.round.JudgingScope;
import ma.innovatice.round.JudgingScope.Target;

import java.util.List;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

@Path("/api/editions/{editionId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class RankingResource {


    private final RankingService ranking;
    private final AssignmentService assignments;
    private final RankingCsv csv;
    private final CurrentUser currentUser;

    private final JudgingScope scope;

    private Target target(long editionId, Integer round, String region) {
        return scope.resolve(currentUser.actor(), editionId, round, region);
    }

    /** The target of a ranking read: the edition's ranking exists from EVALUATION on. */
    private Target rankable(long editionId, Integer round, String region) {
        Target target = target(editionId, round, region);
        ranking.rankable(editionId);
        return target;
    }

    RankingResource(RankingService ranking, AssignmentService assignments, RankingCsv csv, CurrentUser currentUser,
                    JudgingScope scope) {
        this.scope = scope;
        this.ranking = ranking;
        this.assignments = assignments;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/progress")
    public ProgressView progress(@PathParam("editionId") @Min(1) long editionId,
                                 @QueryParam("round") @Min(1) @Max(3) Integer round,
                                 @QueryParam("region") @Pattern(regexp = REGION) String region) {
        return assignments.progress(target(editionId, round, region));
    }

    @GET
    @Path("/ranking")
    public Ranking ranking(@PathParam("editionId") @Min(1) long editionId,
                           @QueryParam("region") @Pattern(regexp = REGION) String region,
                           @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                           @QueryParam("round") @Min(1) @Max(3) Integer round) {
        Target target = rankable(editionId, round, region);
        return ranking.rankRound(target.round(), target.regionCode(), level);
    }

    @GET
    @Path("/ranking/export")
    @Produces("text/csv")
    public Response export(@PathParam("editionId") @Min(1) long editionId,
                           @QueryParam("region") @Pattern(regexp = REGION) String region,
                           @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                           @QueryParam("separator") @DefaultValue("comma") @Pattern(regexp = "^(comma|semicolon)$") String separator,
                           @QueryParam("round") @Min(1) @Max(3) Integer round) {
        Target target = rankable(editionId, round, region);
        List<RankingService.DetailedEntry> entries = ranking.detailedRound(target.round(), target.regionCode(), level);
        RankingAgreementView agreement = ranking.agreementRound(target.round(), target.regionCode());
        Language language = RequestLanguage.current();
        StreamingOutput body = out -> csv.write(entries, agreement, Csv.Separator.of(separator), language, out);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("ranking-edition-" + editionId
                        + (round == null ? "" : "-round-" + round + (target.regionCode() == null ? "" : "-" + target.regionCode()))
                        + ".csv")).build();
    }

    @GET
    @Path("/ranking/agreement")
    public RankingAgreementView agreement(@PathParam("editionId") @Min(1) long editionId,
                                          @QueryParam("round") @Min(1) @Max(3) Integer round,
                                          @QueryParam("region") @Pattern(regexp = REGION) String region) {
        Target target = rankable(editionId, round, region);
        return ranking.agreementRound(target.round(), target.regionCode());
    }

    @POST
    @Path("/ranking/{submissionId}/extra-juror")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response extraJuror(@PathParam("editionId") @Min(1) long editionId,
                               @PathParam("submissionId") @Min(1) long submissionId,
                               @QueryParam("round") @Min(1) @Max(3) Integer round, @Valid ExtraJurorInput input) {
        return Response.status(Response.Status.CREATED).entity(assignments.extraJuror(target(editionId, round, null),
                submissionId,
                input == null ? null : input.jurorId(), currentUser.actor())).build();
    }

    @GET
    @Path("/severity")
    public List<JurorSeverity> severity(@PathParam("editionId") @Min(1) long editionId,
                                        @QueryParam("round") @Min(1) @Max(3) Integer round,
                                        @QueryParam("region") @Pattern(regexp = REGION) String region) {
        Target target = target(editionId, round, region);
        return ranking.severityRound(target.round(), target.regionCode());
    }
}
