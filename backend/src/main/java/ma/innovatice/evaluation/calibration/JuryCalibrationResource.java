package ma.innovatice.evaluation.calibration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JuryCalibrationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurySampleView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.ScoresInput;

import java.util.List;

/** A juror's calibration samples; a sample of a calibration they are not part of answers 404. */
@Path("/api/jury/calibration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.JURY)
public class JuryCalibrationResource {

    private final CalibrationService service;
    private final CurrentUser currentUser;

    JuryCalibrationResource(CalibrationService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public List<JuryCalibrationView> mine() {
        return service.mine(currentUser.actor());
    }

    @GET
    @Path("/samples/{sampleId}")
    public JurySampleView sample(@PathParam("sampleId") @Min(1) long sampleId) {
        return service.sample(sampleId, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Calibration sample " + sampleId));
    }

    @PUT
    @Path("/samples/{sampleId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    public JurySampleView score(@PathParam("sampleId") @Min(1) long sampleId, @Valid @NotNull ScoresInput input) {
        return service.score(sampleId, input, currentUser.actor());
    }
}
