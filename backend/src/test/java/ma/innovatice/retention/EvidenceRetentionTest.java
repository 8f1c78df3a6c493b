package ma.innovatice.retention;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class EvidenceRetentionTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    EvidenceRetention retention;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** A published edition (retention one month): the winner's project and two others, each with one file. */
    record Published(User admin, long edition, long winner, List<Long> others) {
    }

    private long projectWithFile(long edition) {
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Projet " + java.util.UUID.randomUUID()));
        Api.multipart(teacher.token()).multiPart("files", "preuve.pdf", PDF, "application/pdf")
                .post("/api/submissions/{id}/attachments", project).then().statusCode(201);
        api(teacher.token()).post("/api/submissions/{id}/submit", project).then().statusCode(200);
        return project;
    }

    private Published published() {
        User admin = fixtures.admin();
        long edition = fixtures.draftEdition(admin);
        fixtures.execute("UPDATE edition SET evidence_retention_months = 1 WHERE id = ?", edition);
        fixtures.move(admin, edition, "OPEN");
        long winner = projectWithFile(edition);
        List<Long> others = List.of(projectWithFile(edition), projectWithFile(edition));
        fixtures.move(admin, edition, "EVALUATION");
        fixtures.move(admin, edition, "DELIBERATION");
        api(admin.token()).body(Map.of("submissionId", winner, "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", edition).then().statusCode(201);
        fixtures.move(admin, edition, "PUBLISHED");
        return new Published(admin, edition, winner, others);
    }

    /** Publication moved back in time, as if the edition had been published that long ago. */
    private void publishedMonthsAgo(long edition, int months) {
        fixtures.execute("UPDATE audit_log SET occurred_at = DATE_SUB(occurred_at, INTERVAL ? MONTH) "
                + "WHERE entity_type = 'EDITION' AND entity_id = ? AND action = 'TRANSITION'", months, edition);
    }

    private long files(long project) {
        return fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project);
    }

    private long erasedIn(long edition) {
        return fixtures.count("SELECT COALESCE(SUM(files), 0) FROM retention_pass_edition WHERE edition_id = ?", edition);
    }

    @Test
    void shouldEraseNothingBeforeTheRetentionHasPassed() {
        Published p = published();
        Optional<EvidenceRetention.PassReport> report = retention.run();
        assertThat(report).isPresent();
        assertThat(files(p.winner()) + files(p.others().get(0)) + files(p.others().get(1))).isEqualTo(3);
        assertThat(erasedIn(p.edition())).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM retention_pass WHERE id = ? AND finished_at IS NOT NULL",
                report.get().passId())).isEqualTo(1);
        api(p.admin().token()).get("/api/retention/editions").then().statusCode(200)
                .body("find { it.editionId == " + p.edition() + " }.due", equalTo(false))
                .body("find { it.editionId == " + p.edition() + " }.filesPending", equalTo(2))
                .body("find { it.editionId == " + p.edition() + " }.evidenceRetentionMonths", equalTo(1));
    }

    @Test
    void shouldEraseTheFilesOfProjectsWithoutAnAwardOnceDueAndNothingMoreTheSecondTime() {
        Published p = published();
        publishedMonthsAgo(p.edition(), 2);
        long texts = fixtures.count("SELECT COUNT(*) FROM submission WHERE edition_id = ?", p.edition());

        EvidenceRetention.PassReport first = retention.run().orElseThrow();

        assertThat(files(p.others().get(0)) + files(p.others().get(1))).isZero();
        assertThat(files(p.winner())).isEqualTo(1);
        // The evidence count kept on each project's row (V32) follows in the same pass.
        assertThat(fixtures.count("SELECT attachment_count FROM submission WHERE id = ?", p.others().get(0))).isZero();
        assertThat(fixtures.count("SELECT attachment_count FROM submission WHERE id = ?", p.winner())).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE edition_id = ?", p.edition())).isEqualTo(texts);
        assertThat(fixtures.count("SELECT files FROM retention_pass_edition WHERE pass_id = ? AND edition_id = ?",
                first.passId(), p.edition())).isEqualTo(2);
        assertThat(first.files()).isGreaterThanOrEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'EVIDENCE_ERASED'", p.edition())).isEqualTo(1);

        EvidenceRetention.PassReport second = retention.run().orElseThrow();
        assertThat(second.passId()).isNotEqualTo(first.passId());
        assertThat(fixtures.count("SELECT COUNT(*) FROM retention_pass_edition WHERE pass_id = ? AND edition_id = ?",
                second.passId(), p.edition())).isZero();
        assertThat(erasedIn(p.edition())).isEqualTo(2);
        assertThat(files(p.winner())).isEqualTo(1);

        api(p.admin().token()).get("/api/retention/editions").then().statusCode(200)
                .body("find { it.editionId == " + p.edition() + " }.due", equalTo(true))
                .body("find { it.editionId == " + p.edition() + " }.filesErased", equalTo(2))
                .body("find { it.editionId == " + p.edition() + " }.filesPending", equalTo(0))
                .body("find { it.editionId == " + p.edition() + " }.filesKept", equalTo(1));
        api(p.admin().token()).queryParam("size", 100).get("/api/retention/passes").then().statusCode(200)
                .body("items.id", hasItem((int) first.passId()));
    }

    @Test
    void shouldEraseEachFileOnceWhenTwoPassesRunAtTheSameTime() throws Exception {
        Published p = published();
        Published q = published();
        publishedMonthsAgo(p.edition(), 2);
        publishedMonthsAgo(q.edition(), 2);
        long passesBefore = fixtures.count("SELECT COUNT(*) FROM retention_pass");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<EvidenceRetention.PassReport>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return retention.run();
                }));
            }
            start.countDown();
            List<EvidenceRetention.PassReport> reports = new ArrayList<>();
            for (Future<Optional<EvidenceRetention.PassReport>> run : runs) {
                run.get(60, TimeUnit.SECONDS).ifPresent(reports::add);
            }
            assertThat(reports).isNotEmpty();
            assertThat(fixtures.count("SELECT COUNT(*) FROM retention_pass") - passesBefore).isEqualTo(reports.size());
        } finally {
            pool.shutdownNow();
        }
        for (Published published : List.of(p, q)) {
            assertThat(erasedIn(published.edition())).isEqualTo(2);
            assertThat(fixtures.count("SELECT COUNT(*) FROM retention_pass_edition WHERE edition_id = ?",
                    published.edition())).isEqualTo(1);
            assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                    + "AND action = 'EVIDENCE_ERASED'", published.edition())).isEqualTo(1);
            assertThat(files(published.winner())).isEqualTo(1);
        }
    }

    @Test
    void shouldSkipAPassWhileAnotherProcessHoldsTheLease() throws Exception {
        // Another process's pass: the lease row held by it, for a while yet.
        try (var connection = dataSource.getConnection();
             var hold = connection.prepareStatement("INSERT INTO job_lease (name, owner, next_run_at, lease_until) "
                     + "VALUES (?, 'another process', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 1 HOUR) "
                     + "ON DUPLICATE KEY UPDATE owner = VALUES(owner), lease_until = VALUES(lease_until)")) {
            hold.setString(1, EvidenceRetention.LOCK);
            hold.executeUpdate();
        }
        try {
            long before = fixtures.count("SELECT COUNT(*) FROM retention_pass");
            assertThat(retention.run()).isEmpty();
            assertThat(fixtures.count("SELECT COUNT(*) FROM retention_pass")).isEqualTo(before);
        } finally {
            try (var connection = dataSource.getConnection();
                 var free = connection.prepareStatement("UPDATE job_lease SET lease_until = UTC_TIMESTAMP(3) WHERE name = ?")) {
                free.setString(1, EvidenceRetention.LOCK);
                free.executeUpdate();
            }
        }
    }

    @Test
    void shouldTakeTheRetentionMonthsOfAnEditionBetweenOneAndOneHundredTwenty() {
        User admin = fixtures.admin();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.editionBody(Fixtures.nextEditionNumber()));
        body.put("evidenceRetentionMonths", 0);
        Api.invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItem("evidenceRetentionMonths"));
        body.put("evidenceRetentionMonths", 121);
        Api.invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItem("evidenceRetentionMonths"));
        body.remove("evidenceRetentionMonths");
        long id = api(admin.token()).body(body).post("/api/editions").then().statusCode(201)
                .body("evidenceRetentionMonths", equalTo(24)).extract().jsonPath().getLong("id");
        body.put("evidenceRetentionMonths", 36);
        body.put("version", 0);
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(200)
                .body("evidenceRetentionMonths", equalTo(36));
        body.remove("evidenceRetentionMonths");
        body.put("version", 1);
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(200)
                .body("evidenceRetentionMonths", equalTo(36));
    }
}
