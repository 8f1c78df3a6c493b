package ma.innovatice.finalist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.common.web.ContentDisposition;
import ma.innovatice.finalist.FinalistDtos.MinutesInput;
import ma.innovatice.finalist.FinalistDtos.MinutesView;
import ma.innovatice.finalist.FinalistDtos.MySlot;
import ma.innovatice.finalist.FinalistDtos.PresidedRound;
import ma.innovatice.finalist.FinalistDtos.PresidentInput;
import ma.innovatice.finalist.FinalistDtos.RoundSlots;
import ma.innovatice.finalist.FinalistDtos.SlotInput;
import ma.innovatice.finalist.FinalistDtos.SlotView;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The finalists' round over HTTP: slots (admin; the teacher's own), president and minutes. */
public final class FinalistResource {

    private FinalistResource() {
    }

    @Path("/api/editions/{editionId}/rounds/{position}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfRound {
        private final FinalistService service;
        private final CurrentUser currentUser;

        OfRound(FinalistService service, CurrentUser currentUser) {
            this.service = service;
            this.currentUser = currentUser;
        }

        @GET
        @Path("/slots")
        @RolesAllowed(Roles.ADMIN)
        public RoundSlots slots(@PathParam("editionId") @Min(1) long editionId,
                                @PathParam("position") @Min(1) @Max(3) int position) {
            return service.slots(editionId, position);
        }

        @PUT
        @Path("/slots/{submissionId}")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        public SlotView putSlot(@PathParam("editionId") @Min(1) long editionId,
                                @PathParam("position") @Min(1) @Max(3) int position,
                                @PathParam("submissionId") @Min(1) long submissionId, @Valid @NotNull SlotInput input) {
            return service.putSlot(editionId, position, submissionId, input, currentUser.actor());
        }

        @DELETE
        @Path("/slots/{submissionId}")
        @RolesAllowed(Roles.ADMIN)
        public Response deleteSlot(@PathParam("editionId") @Min(1) long editionId,
                                   @PathParam("position") @Min(1) @Max(3) int position,
                                   @PathParam("submissionId") @Min(1) long submissionId) {
            service.deleteSlot(editionId, position, submissionId, currentUser.actor());
            return Response.noContent().build();
        }

        @PUT
        @Path("/president")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        public MinutesView president(@PathParam("editionId") @Min(1) long editionId,
                                     @PathParam("position") @Min(1) @Max(3) int position,
                                     @Valid @NotNull PresidentInput input) {
            return service.setPresident(editionId, position, input, currentUser.actor());
        }

        @GET
        @Path("/minutes")
        @RolesAllowed({Roles.ADMIN, Roles.JURY})
        public MinutesView minutes(@PathParam("editionId") @Min(1) long editionId,
                                   @PathParam("position") @Min(1) @Max(3) int position) {
            return service.minutes(editionId, position, currentUser.actor());
        }

        @PUT
        @Path("/minutes")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.JURY)
        public MinutesView recordMinutes(@PathParam("editionId") @Min(1) long editionId,
                                         @PathParam("position") @Min(1) @Max(3) int position,
                                         @Valid @NotNull MinutesInput input) {
            return service.recordMinutes(editionId, position, input, currentUser.actor());
        }
    }

    @Path("/api/submissions/{submissionId}/slot")
    @RolesAllowed(Roles.TEACHER)
    public static class OfSubmission {
        private final FinalistService service;
        private final CurrentUser currentUser;

        OfSubmission(FinalistService service, CurrentUser currentUser) {
            this.service = service;
            this.currentUser = currentUser;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public MySlot slot(@PathParam("submissionId") @Min(1) long submissionId) {
            return service.mySlot(submissionId, currentUser.actor());
        }

        @GET
        @Path("/ics")
        @Produces({"text/calendar", MediaType.APPLICATION_JSON})
        public Response ics(@PathParam("submissionId") @Min(1) long submissionId) {
            String ics = service.mySlotIcs(submissionId, currentUser.actor());
            return Response.ok(ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8")
                    .header("Content-Disposition", ContentDisposition.attachment("presentation.ics")).build();
        }
    }

    @Path("/api/jury/presided-rounds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JURY)
    public static class Presided {
        private final FinalistService service;
        private final CurrentUser currentUser;

        Presided(FinalistService service, CurrentUser currentUser) {
            this.service = service;
            this.currentUser = currentUser;
        }

        @GET
        public List<PresidedRound> list() {
            return service.presided(currentUser.actor());
        }
    }
}
