package ma.innovatice.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.account.AccountDtos.AccessToken;
import ma.innovatice.account.AccountDtos.MeUpdate;
import ma.innovatice.account.AccountDtos.PasswordChange;
import io.quarkus.security.identity.SecurityIdentity;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.SignedInAccount;
import ma.innovatice.common.security.Roles;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEACHER, Roles.JURY, Roles.COORDINATOR, Roles.ADMIN})
public class MeResource {

    private final AccountService service;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    MeResource(AccountService service, CurrentUser currentUser, SecurityIdentity identity) {
        this.service = service;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    /** As the account check of this request read it (one read of the account), else read again. */
    @GET
    public AccountView get() {
        SignedInAccount read = identity.getAttribute(SignedInAccount.ATTRIBUTE);
        return read != null && read.id() == currentUser.actor().accountId() ? service.me(read)
                : service.me(currentUser.actor());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView update(@Valid @NotNull MeUpdate input) {
        return service.updateMe(currentUser.actor(), input);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessToken changePassword(@Valid @NotNull PasswordChange input) {
        return service.changePassword(currentUser.actor(), input);
    }
}
