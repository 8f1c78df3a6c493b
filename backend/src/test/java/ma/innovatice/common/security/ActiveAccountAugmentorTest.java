package ma.innovatice.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The account check reads the database on every request and keeps nothing: a change written by
 * another API process (here: straight into the database, behind this process's back, as another
 * process's write is) is seen by the very next request, with nothing to clear or to wait for.
 */
@QuarkusTest
class ActiveAccountAugmentorTest {

    @Inject
    ActiveAccountAugmentor augmentor;

    @Inject
    JWTParser parser;

    @Inject
    Fixtures fixtures;

    /** Runs the check in the test's thread. */
    private static final AuthenticationRequestContext HERE = new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function);
        }
    };

    private SecurityIdentity identity(User user, String role) throws Exception {
        JsonWebToken token = parser.parse(user.token());
        return QuarkusSecurityIdentity.builder().setPrincipal(token).addRole(role).build();
    }

    private SecurityIdentity check(SecurityIdentity identity) {
        return augmentor.augment(identity, HERE).await().indefinitely();
    }

    @Test
    void shouldSeeAnotherProcesssDisablingAtOnce() throws Exception {
        User juror = fixtures.juror();
        SecurityIdentity identity = identity(juror, "JURY");
        assertSame(identity, check(identity));
        assertSame(identity, check(identity));

        fixtures.executeUnseen("UPDATE account SET enabled = FALSE WHERE id = ?", juror.id());
        assertThrows(AuthenticationFailedException.class, () -> check(identity));
        fixtures.executeUnseen("UPDATE account SET enabled = TRUE WHERE id = ?", juror.id());
        assertSame(identity, check(identity));
    }

    @Test
    void shouldSeeAnotherProcesssPasswordChangeAndRoleChangeAtOnce() throws Exception {
        User juror = fixtures.juror();
        SecurityIdentity identity = identity(juror, "JURY");
        assertSame(identity, check(identity));

        // A password changed (or reset) elsewhere moves the account to its next token generation.
        fixtures.executeUnseen("UPDATE account SET token_generation = token_generation + 1 WHERE id = ?", juror.id());
        assertThrows(AuthenticationFailedException.class, () -> check(identity));

        User teacher = fixtures.teacher();
        SecurityIdentity asTeacher = identity(teacher, "TEACHER");
        assertSame(asTeacher, check(asTeacher));
        fixtures.executeUnseen("UPDATE account SET role = 'JURY' WHERE id = ?", teacher.id());
        assertThrows(AuthenticationFailedException.class, () -> check(asTeacher));
    }

    @Test
    void shouldRefuseATokenClaimingAnotherRoleThanTheAccounts() throws Exception {
        User juror = fixtures.juror();
        assertThrows(AuthenticationFailedException.class, () -> check(identity(juror, "ADMIN")));
    }
}
