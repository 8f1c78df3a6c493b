package ma.innovatice.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The caller of the current request, read from its verified token. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The authenticated caller; only called where {@code @RolesAllowed} guarantees one. */
    public Actor actor() {
        return optionalActor().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
    }

    /** The caller when a valid token was sent, on operations that also serve the public. */
    public Optional<Actor> optionalActor() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String role = identity.getRoles().stream().findFirst().orElse("");
        return Optional.of(new Actor(Long.valueOf(token.getSubject()), token.getClaim("upn"), role));
    }

    public boolean isAdmin() {
        return optionalActor().map(Actor::isAdmin).orElse(false);
    }
}
