package ma.innovatice.evaluation.calibration;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CalibrationInput;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CalibrationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.Candidates;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CloseInput;
import ma.innovatice.evaluation.calibration.CalibrationDtos.ReportView;

/** An edition's calibration exercise, for administrators. */
@Path("/api/editions/{editionId}/calibration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CalibrationResource {

    private final CalibrationService service;
    private final CurrentUser currentUser;

    CalibrationResource(CalibrationService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public CalibrationView get(@PathParam("editionId") @Min(1) long editionId) {
        return service.get(editionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("editionId") @Min(1) long editionId, @Valid @NotNull CalibrationInput input) {
        return Response.status(Response.Status.CREATED).entity(service.create(editionId, input, currentUser.actor())).build();
    }

    @GET
    @Path("/candidates")
    public Candidates candidates(@PathParam("editionId") @Min(1) long editionId,
                                 @QueryParam("sourceEditionId") @Min(1) Long sourceEditionId) {
        return service.candidates(editionId, sourceEditionId);
    }

    @GET
    @Path("/report")
    public ReportView report(@PathParam("editionId") @Min(1) long editionId) {
        return service.report(editionId);
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalibrationView close(@PathParam("editionId") @Min(1) long editionId, @Valid CloseInput input) {
        return service.close(editionId, input != null && Boolean.TRUE.equals(input.allowMissing()), currentUser.actor());
    }
}
