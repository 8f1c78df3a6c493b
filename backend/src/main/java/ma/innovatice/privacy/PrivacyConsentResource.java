package ma.innovatice.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;
import ma.innovatice.privacy.PrivacyDtos.PrivacyConsent;

/** The caller accepts the current privacy notice. */
@Path("/api/me/privacy-consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEACHER, Roles.JURY, Roles.COORDINATOR, Roles.ADMIN})
public class PrivacyConsentResource {

    private final PrivacyConsentService service;
    private final CurrentUser currentUser;

    PrivacyConsentResource(PrivacyConsentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    public AccountView accept(@Valid @NotNull PrivacyConsent input) {
        return service.accept(currentUser.actor(), input.version());
    }
}
