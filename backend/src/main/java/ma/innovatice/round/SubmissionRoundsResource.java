package ma.innovatice.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.round.ShortlistDtos.SubmissionRound;

import java.util.List;

/** A project's way through the rounds of its edition. */
@Path("/api/submissions/{submissionId}/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
public class SubmissionRoundsResource {

    private final RoundTimeline timeline;
    private final CurrentUser currentUser;

    SubmissionRoundsResource(RoundTimeline timeline, CurrentUser currentUser) {
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    @GET
    public List<SubmissionRound> rounds(@PathParam("submissionId") @Min(1) long submissionId) {
        return timeline.of(submissionId, currentUser.actor());
    }
}
