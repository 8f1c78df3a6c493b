package ma.innovatice.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static ma.innovatice.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The account check answers from its last reading without a worker thread only while the accounts'
 * table is unchanged: any write of the application to it, or a clearing of the cache, sends the
 * next check back to the database.
 */
@QuarkusTest
class ActiveAccountAugmentorTest {

    @Inject
    ActiveAccountAugmentor augmentor;

    @Inject
    JWTParser parser;

    @Inject
    QueryCache queryCache;

    @Inject
    Fixtures fixtures;

    /** A request context that counts the checks sent to a worker thread (run here, in the test's thread). */
    private static final class Counting implements AuthenticationRequestContext {
        final AtomicInteger blocking = new AtomicInteger();

        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            blocking.incrementAndGet();
            return Uni.createFrom().item(function);
        }
    }

    private SecurityIdentity identity(User user, String role) throws Exception {
        JsonWebToken token = parser.parse(user.token());
        return QuarkusSecurityIdentity.builder().setPrincipal(token).addRole(role).build();
    }

    private SecurityIdentity check(SecurityIdentity identity, Counting context) {
        return augmentor.augment(identity, context).await().indefinitely();
    }

    /**
     * Checks until an answer comes from the kept reading: a reading taken in the same tick of the
     * cache's clock as the last write to the accounts is not trusted (the test errs on the safe side).
     */
    private void settle(SecurityIdentity identity, Counting context) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            int before = context.blocking.get();
            check(identity, context);
            if (context.blocking.get() == before) {
                context.blocking.set(0);
                return;
            }
            Thread.sleep(5);
        }
        fail("every check went to the database");
    }

    @Test
    void aKeptAnswerServesUntilTheAccountsAreWritten() throws Exception {
        User admin = fixtures.admin();
        User juror = fixtures.juror();
        SecurityIdentity identity = identity(juror, "JURY");
        Counting context = new Counting();

        User teacher = fixtures.teacher();
        settle(identity, context);
        assertSame(identity, check(identity, context));
        assertSame(identity, check(identity, context));
        assertEquals(0, context.blocking.get(), "answered from the kept reading");

        // Another account written through the application: the table changed, so this one is read again.
        api(admin.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", teacher.id()).then().statusCode(200);
        assertSame(identity, check(identity, context));
        assertEquals(1, context.blocking.get());

        // This account disabled: refused at once, and accepted again once enabled.
        api(admin.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", juror.id()).then().statusCode(200);
        assertThrows(AuthenticationFailedException.class, () -> check(identity, context));
        assertEquals(2, context.blocking.get());
        api(admin.token()).body(Map.of("enabled", true)).patch("/api/accounts/{id}", juror.id()).then().statusCode(200);
        assertSame(identity, check(identity, context));
        assertEquals(3, context.blocking.get());

        // A token claiming another role than the account's is refused from the kept reading too.
        settle(identity, context);
        assertThrows(AuthenticationFailedException.class, () -> check(identity(juror, "ADMIN"), context));
        assertEquals(0, context.blocking.get());
    }

    @Test
    void aWriteFromOutsideIsSeenOnceTheCacheIsCleared() throws Exception {
        User juror = fixtures.juror();
        SecurityIdentity identity = identity(juror, "JURY");
        Counting context = new Counting();
        settle(identity, context);

        fixtures.executeUnseen("UPDATE account SET enabled = FALSE WHERE id = ?", juror.id());
        assertSame(identity, check(identity, context), "as the query cache: unseen until cleared (README)");
        queryCache.clear();
        assertThrows(AuthenticationFailedException.class, () -> check(identity, context));
        assertEquals(1, context.blocking.get());
    }
}
