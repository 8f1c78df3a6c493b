package ma.innovatice.anonymity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.anonymity.AnonymityDtos.RedactionInput;
import ma.innovatice.anonymity.AnonymityDtos.Report;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

/** A project's anonymity: its author reads the findings, an administrator redacts a text field. */
@Path("/api/submissions/{submissionId}")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionAnonymityResource {

    private final AnonymityService service;
    private final CurrentUser currentUser;

    SubmissionAnonymityResource(AnonymityService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/anonymity")
    @RolesAllowed(Roles.TEACHER)
    public Report get(@PathParam("submissionId") @Min(1) long id) {
        return service.forAuthor(id, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Submission " + id));
    }

    @POST
    @Path("/redactions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Report redact(@PathParam("submissionId") @Min(1) long id, @Valid @NotNull RedactionInput input) {
        return service.redact(id, input, currentUser.actor());
    }
}
