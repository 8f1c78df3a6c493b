package ma.innovatice.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test database and the test SMTP port for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(SmtpPortResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
