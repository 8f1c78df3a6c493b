package ma.innovatice.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.account.AccountDtos.AccessToken;
import ma.innovatice.account.AccountDtos.EmailConfirmation;
import ma.innovatice.account.AccountDtos.RegistrationAccepted;
import ma.innovatice.account.AccountDtos.LoginInput;
import ma.innovatice.account.AccountDtos.PasswordResetConfirmation;
import ma.innovatice.account.AccountDtos.PasswordResetRequest;
import ma.innovatice.account.AccountDtos.RegistrationInput;
import ma.innovatice.common.error.ProblemException;

@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final AccountService service;
    private final LoginThrottle throttle;
    private final RegistrationThrottle registrations;

    AuthResource(AccountService service, LoginThrottle throttle, RegistrationThrottle registrations) {
        this.service = service;
        this.throttle = throttle;
        this.registrations = registrations;
    }

    /**
     * Always 202 with the same body for a valid registration, whether or not the address already
     * has an account (what differs is mailed to the address).
     */
    @POST
    @Path("/register")
    public Response register(@Valid @NotNull RegistrationInput input, @Context HttpServerRequest request) {
        registrations.admit(address(request));
        RegistrationAccepted accepted = service.register(input);
        return Response.accepted(accepted).build();
    }

    /** Confirms a registered teacher's address with the link's token, and signs them in. */
    @POST
    @Path("/confirm-email")
    public AccessToken confirmEmail(@Valid @NotNull EmailConfirmation input) {
        return service.confirmEmail(input.token());
    }

    @POST
    @Path("/login")
    public AccessToken login(@Valid @NotNull LoginInput input, @Context HttpServerRequest request) {
        String address = address(request);
        String account = service.throttleKey(input.email());
        throttle.check(account, address);
        try {
            AccessToken token = service.login(input);
            throttle.succeeded(account);
            return token;
        } catch (ProblemException e) {
            if (e.problem().getStatus() == 401) {
                throttle.failed(account, address);
            }
            throw e;
        }
    }

    /** The client's address as the HTTP layer resolved it (behind the proxy, the forwarded one). */
    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** Always 202: whether the email belongs to an account is never revealed. */
    @POST
    @Path("/password-reset")
    public Response requestPasswordReset(@Valid @NotNull PasswordResetRequest input) {
        service.requestPasswordReset(input.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    public Response confirmPasswordReset(@Valid @NotNull PasswordResetConfirmation input) {
        service.confirmPasswordReset(input);
        return Response.noContent().build();
    }
}
