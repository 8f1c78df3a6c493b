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
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.account.AccountDtos.LoginInput;
import ma.innovatice.account.AccountDtos.PasswordResetConfirmation;
import ma.innovatice.account.AccountDtos.PasswordResetRequest;
import ma.innovatice.account.AccountDtos.RegistrationInput;
import ma.innovatice.common.error.ProblemException;

import java.net.URI;

@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final AccountService service;
    private final LoginThrottle throttle;

    AuthResource(AccountService service, LoginThrottle throttle) {
        this.service = service;
        this.throttle = throttle;
    }

    @POST
    @Path("/register")
    public Response register(@Valid @NotNull RegistrationInput input) {
        AccountView account = service.register(input);
        return Response.created(URI.create("/api/me")).entity(account).build();
    }

    @POST
    @Path("/login")
    public AccessToken login(@Valid @NotNull LoginInput input, @Context HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        throttle.check(input.email(), address);
        try {
            AccessToken token = service.login(input);
            throttle.succeeded(input.email());
            return token;
        } catch (ProblemException e) {
            if (e.problem().getStatus() == 401) {
                throttle.failed(input.email(), address);
            }
            throw e;
        }
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
