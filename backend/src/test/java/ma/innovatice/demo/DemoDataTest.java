package ma.innovatice.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The demonstration data tells a consistent story: the 2016 edition's certificates and projects are of 2016. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    Fixtures fixtures;

    /** Finding (issue 17, point 9): the demo's 2016 certificates were dated on the day the demo was loaded. */
    @Test
    void shouldIssueThe2016CertificatesOnTheDayOfThe2016Ceremony() {
        // The contract fuzzer may have taken the number 12 with an edition of its own: the demo then has none.
        assumeThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = 12 AND demo = FALSE")).isZero();
        // The demo opens its current edition: the call another test left open is closed first.
        fixtures.closeOpenCalls(fixtures.admin());

        demo.seed();

        long twelfth = ((Number) fixtures.rows("SELECT id FROM edition WHERE number = 12 AND demo = TRUE").get(0)
                .get("id")).longValue();
        List<Map<String, Object>> certificates = fixtures.rows("SELECT code, "
                + "DATE_FORMAT(issued_at, '%Y-%m-%dT%H:%i') AS issued_at FROM certificate WHERE edition_id = ? ORDER BY id",
                twelfth);
        assertThat(certificates).hasSize(DemoData.HISTORY_2016.size());
        assertThat(certificates).extracting(c -> c.get("issued_at").toString())
                .containsOnly("2016-05-25T09:00");

        // Nor were the 2016 projects last changed on the day the demo was loaded (their teachers' lists show that date).
        assertThat(fixtures.rows("SELECT DATE_FORMAT(updated_at, '%Y') AS y FROM submission WHERE edition_id = ?", twelfth))
                .extracting(r -> r.get("y").toString()).containsOnly("2016");

        String code = (String) certificates.get(0).get("code");
        api().get("/api/certificates/{code}", code).then().statusCode(200)
                .body("editionYear", equalTo(2016))
                .body("issuedAt", startsWith("2016-05-25T09:00"));
    }
}
