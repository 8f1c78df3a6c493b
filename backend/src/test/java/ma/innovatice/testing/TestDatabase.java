package ma.innovatice.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test database for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(MariaDbTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
