package ma.innovatice.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.innovatice.account.AccountDtos.AccountCreation;
import ma.innovatice.account.AccountDtos.AccountUpdate;
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.CurrentUser;
import ma.innovatice.common.security.Roles;

import java.net.URI;

@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class AccountResource {

    private final AccountService service;
    private final CurrentUser currentUser;

    AccountResource(AccountService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    public Page<AccountView> list(@QueryParam("role") Role role,
                                  @QueryParam("q") @Size(max = 100) String text,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(role, text, page, size, currentUser.actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull AccountCreation input) {
        AccountView account = service.createByAdmin(input, currentUser.actor());
        return Response.created(URI.create("/api/accounts/" + account.id())).entity(account).build();
    }

    @GET
    @Path("/{accountId}")
    public AccountView get(@PathParam("accountId") @Min(1) long id) {
        return service.find(id, currentUser.actor()).orElseThrow(() -> ProblemException.notFound("Account " + id));
    }

    @PATCH
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView update(@PathParam("accountId") @Min(1) long id, @Valid @NotNull AccountUpdate input) {
        return service.update(id, input, currentUser.actor())
                .orElseThrow(() -> ProblemException.notFound("Account " + id));
    }
}
