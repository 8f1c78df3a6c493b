package ma.innovatice.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ma.innovatice.account.Language;
import ma.innovatice.common.api.Csv;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;
import ma.innovatice.submission.SubmissionDtos.AttachmentView;
import ma.innovatice.submission.SubmissionDtos.SubmissionEvent;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;
import ma.innovatice.submission.SubmissionDtos.SubmissionInput;
import ma.innovatice.submission.SubmissionDtos.SubmissionSummary;
import ma.innovatice.submission.SubmissionDtos.SubmissionView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.util.List;

import static ma.innovatice.reference.CodePatterns.LEVEL;
import static ma.innovatice.reference.CodePatterns.REGION;

@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private static final String SORTS = "^-?(createdAt|submittedAt|updatedAt|title|region)$";

    private final SubmissionService service;
    private final AttachmentService attachments;
    private final AttachmentDownloads downloads;
    private final SubmissionCsv csv;
    private final CurrentUser currentUser;

    SubmissionResource(SubmissionService service, AttachmentService attachments, AttachmentDownloads downloads,
                       SubmissionCsv csv, CurrentUser currentUser) {
        this.service = service;
        this.attachments = attachments;
        this.downloads = downloads;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Page<SubmissionSummary> list(@QueryParam("editionId") @Min(1) Long editionId,
                                        @QueryParam("status") SubmissionStatus status,
                                        @QueryParam("region") @Pattern(regexp = REGION) String region,
                                        @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                                        @QueryParam("discipline") @Size(max = 100) String discipline,
                                        @QueryParam("q") @Size(max = 100) String text,
                                        @QueryParam("sort") @DefaultValue("-createdAt") @Pattern(regexp = SORTS) String sort,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.search(new SubmissionFilter(editionId, status, region, level, discipline, text), sort, page, size);
    }

    @GET
    @Path("/export")
    @RolesAllowed(Roles.ADMIN)
    @Produces("text/csv")
    public Response export(@QueryParam("editionId") @Min(1) Long editionId,
                           @QueryParam("status") SubmissionStatus status,
                           @QueryParam("region") @Pattern(regexp = REGION) String region,
                           @QueryParam("level") @Pattern(regexp = LEVEL) String level,
                           @QueryParam("discipline") @Size(max = 100) String discipline,
                           @QueryParam("q") @Size(max = 100) String text,
                           @QueryParam("separator") @DefaultValue("comma") @Pattern(regexp = "^(comma|semicolon)$") String separator) {
        SubmissionFilter filter = new SubmissionFilter(editionId, status, region, level, discipline, text);
        Language language = RequestLanguage.current();
        StreamingOutput body = out -> csv.write(filter, Csv.Separator.of(separator), language, out);
        String name = "submissions-" + (editionId == null ? "all" : "edition-" + editionId) + "-" + LocalDate.now() + ".csv";
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment(name)).build();
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({Roles.TEACHER, Roles.ADMIN})
    public SubmissionView get(@PathParam("submissionId") @Min(1) long id) {
        return service.find(id, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("/{submissionId}")
    @RolesAllowed(Roles.TEACHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView update(@PathParam("submissionId") @Min(1) long id, @Valid @NotNull SubmissionInput input) {
        return service.update(id, input, currentUser.actor());
    }

    @DELETE
    @Path("/{submissionId}")
    @RolesAllowed(Roles.TEACHER)
    public Response delete(@PathParam("submissionId") @Min(1) long id) {
        service.delete(id, currentUser.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/{submissionId}/submit")
    @RolesAllowed(Roles.TEACHER)
    public SubmissionView submit(@PathParam("submissionId") @Min(1) long id) {
        return service.submit(id, currentUser.actor());
    }

    @POST
    @Path("/{submissionId}/withdraw")
    @RolesAllowed(Roles.TEACHER)
    public SubmissionView withdraw(@PathParam("submissionId") @Min(1) long id) {
        return service.withdraw(id, currentUser.actor());
    }

    @GET
    @Path("/{submissionId}/history")
    @RolesAllowed({Roles.TEACHER, Roles.ADMIN})
    public List<SubmissionEvent> history(@PathParam("submissionId") @Min(1) long id) {
        return service.history(id, currentUser.actor()).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{submissionId}/attachments")
    @RolesAllowed(Roles.TEACHER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("submissionId") @Min(1) long id, @RestForm("files") List<FileUpload> files,
                           @RestForm("purpose") @Size(max = 20) String purpose) {
        List<AttachmentView> stored = attachments.upload(id, files, purpose, currentUser.actor());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("/{submissionId}/attachments/{attachmentId}")
    @RolesAllowed({Roles.TEACHER, Roles.ADMIN})
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("submissionId") @Min(1) long id,
                             @PathParam("attachmentId") @Min(1) long attachmentId) {
        Attachment attachment = attachments.find(id, attachmentId, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId));
        return downloads.response(attachment, attachment.filename);
    }

    @DELETE
    @Path("/{submissionId}/attachments/{attachmentId}")
    @RolesAllowed(Roles.TEACHER)
    public Response deleteAttachment(@PathParam("submissionId") @Min(1) long id,
                                     @PathParam("attachmentId") @Min(1) long attachmentId) {
        if (!attachments.delete(id, attachmentId, currentUser.actor())) {
            throw ProblemException.notFound("Attachment " + attachmentId);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Submission " + id);
    }
}
