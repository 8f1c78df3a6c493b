package ma.innovatice;

import ma.innovatice.testing.Folders;
import io.restassured.RestAssured;
import ma.innovatice.common.db.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Runs the packaged application as `make run` does: zero setup, an embedded MariaDB and a key pair
 * in the data folder, demo data; then restarts it and finds everything again. Also proves that a
 * configured database URL is used as is, with no embedded server started.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("innovatice.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Path WORK = Path.of("target", "launcher-it").toAbsolutePath();

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void shouldStartWithZeroSetupAndKeepEverythingAcrossARestart() throws Exception {
        Path dataDir = fresh("zero-setup");
        int port = JarProcesses.freePort();
        app = start(dataDir, port, Map.of("INNOVATICE_DEMO_ENABLED", "true"), dataDir.resolve("first.log"));

        String adminToken = login("admin@demo.innovatice.ma", "demo-password-2016");
        api().get("/api/editions").then().statusCode(200).body("number", hasItems(22, 12))
                .body("find { it.number == 12 }.status", equalTo("PUBLISHED"))
                .body("find { it.number == 12 }.forum.city", equalTo("Budapest"))
                .body("find { it.number == 22 }.status", equalTo("OPEN"));
        // The demo's 2016 results are public: a winner, four other distinctions, a certificate for Amina.
        api().queryParam("kind", "WINNER").get("/api/laureates").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].editionYear", equalTo(2016));
        String amina = login("teacher1@demo.innovatice.ma", "demo-password-2016");
        long historic = api(amina).get("/api/me/submissions").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.status == 'LAUREATE' }.id");
        api(amina).accept("application/pdf").get("/api/submissions/{id}/certificate", historic).then().statusCode(200)
                .contentType("application/pdf");
        String juror = "juror-" + UUID.randomUUID() + "@test.innovatice.ma";
        api(adminToken).body(Map.of("email", juror, "password", "jury-secret-2026", "firstName", "Ali",
                "lastName", "Test", "role", "JURY")).post("/api/accounts").then().statusCode(201);
        assertThat(Files.readString(dataDir.resolve("first.log"))).contains("Embedded MariaDB", "teacher1@demo.innovatice.ma",
                "demo-password-2016");
        Path privateKey = dataDir.resolve("keys/jwt-private.pem");
        assertThat(Files.getPosixFilePermissions(privateKey)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String keyBefore = Files.readString(privateKey);

        app.destroy();
        assertThat(app.waitFor()).isIn(0, 130, 143);
        app = start(dataDir, port, Map.of("INNOVATICE_DEMO_ENABLED", "true"), dataDir.resolve("second.log"));

        api(adminToken).queryParam("q", juror).get("/api/accounts").then().statusCode(200).body("total", equalTo(1));
        api().get("/api/editions").then().statusCode(200).body("findAll { it.number == 12 }.size()", equalTo(1));
        assertThat(Files.readString(privateKey)).isEqualTo(keyBefore);
    }

    @Test
    void shouldUseAConfiguredDatabaseAndStartNoEmbeddedServer() throws Exception {
        Path dataDir = fresh("external");
        try (EmbeddedMariaDb external = EmbeddedMariaDb.startTemporary("innovatice_external")) {
            int port = JarProcesses.freePort();
            app = start(dataDir, port, onServer(external, "first.admin@innovatice.ma", "first-admin-2026"), dataDir.resolve("app.log"));
            login("first.admin@innovatice.ma", "first-admin-2026");
            assertThat(Files.readString(dataDir.resolve("app.log"))).doesNotContain("Embedded MariaDB")
                    .contains("Created the first administrator");
            assertThat(dataDir.resolve("mariadb")).doesNotExist();
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() throws Exception {
        Path dataDir = fresh("fault");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startTemporary("innovatice_fault")) {
            int port = JarProcesses.freePort();
            app = start(dataDir, port, onServer(db, "fault.admin@innovatice.ma", "fault-admin-2026"), dataDir.resolve("app.log"));
            String admin = login("fault.admin@innovatice.ma", "fault-admin-2026");
            String during = "pendant-" + UUID.randomUUID() + "@test.innovatice.ma";

            db.stop();
            for (var request : List.<java.util.function.Supplier<io.restassured.response.Response>>of(
                    () -> given().get("/api/editions"),
                    () -> given().auth().oauth2(admin).get("/api/me"),
                    () -> given().contentType("application/json").body(registration(during)).post("/api/auth/register"))) {
                request.get().then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", notNullValue()).body("status", equalTo(503))
                        .body("detail", not(containsString("Exception")));
            }
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

            Instant restarted = Instant.now();
            db.restart();
            JarProcesses.awaitReady(app, port, dataDir.resolve("app.log"));
            Duration recovery = Duration.between(restarted, Instant.now());
            api(admin).get("/api/me").then().statusCode(200);
            api(admin).queryParam("q", during).get("/api/accounts").then().statusCode(200).body("total", equalTo(0));
            api().body(registration(during)).post("/api/auth/register").then().statusCode(202);
            ma.innovatice.testing.ReliabilityReport.write("faults", "Database outage under the running jar", List.of(
                    "3 requests while MariaDB was stopped: 503 problem+json with Retry-After; readiness DOWN",
                    "the write attempted during the outage left no row",
                    "ready again " + recovery.toMillis() + " ms after MariaDB was restarted, with no restart of the API"));
        }
    }

    @Test
    void shouldRecordAClassArchiveFromATrainingStartThatStopsByItself() throws Exception {
        Path dataDir = fresh("cds-training");
        Path archive = dataDir.resolve("training.jsa");
        Path log = dataDir.resolve("training.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(Map.of("INNOVATICE_DATA_DIR", dataDir.toString(), "PORT", "0",
                "INNOVATICE_CDS_TRAINING", "true", "INNOVATICE_ADMIN_EMAIL", "training@innovatice.invalid",
                "INNOVATICE_ADMIN_PASSWORD", "training-only-2026"));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        app = builder.start();

        assertThat(app.waitFor(4, java.util.concurrent.TimeUnit.MINUTES)).as("the training start stops by itself").isTrue();
        assertThat(app.exitValue()).as(Files.readString(log)).isZero();
        // Every request of the round answered as a healthy application does, including the refusals.
        assertThat(Files.readString(log)).contains("Embedded MariaDB", "Class archive training: 15 requests answered as expected")
                .doesNotContain("unexpected answers");
        // The archive holds what the start loaded: the ORM and the REST layer, not only Quarkus's bootstrap.
        assertThat(Files.size(archive)).isGreaterThan(40L * 1024 * 1024);
    }

    private static Map<String, Object> registration(String email) {
        return Map.of("email", email, "password", "une-classe-2026", "firstName", "Sara", "lastName", "Panne",
                "regionCode", "MA-04", "schoolName", "Collège Al Massira", "schoolLevel", "SECONDAIRE_COLLEGIAL",
                "preferredLanguage", "fr", "privacyNoticeVersion", 1);
    }

    /** The environment of a jar that uses the given server and creates its first administrator. */
    private static Map<String, String> onServer(EmbeddedMariaDb db, String adminEmail, String adminPassword) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(), "QUARKUS_DATASOURCE_USERNAME", db.username(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(), "INNOVATICE_ADMIN_EMAIL", adminEmail,
                "INNOVATICE_ADMIN_PASSWORD", adminPassword);
    }

    private static String login(String email, String password) {
        return api().body(Map.of("email", email, "password", password)).post("/api/auth/login").then()
                .statusCode(200).extract().jsonPath().getString("accessToken");
    }

    private static Process start(Path dataDir, int port, Map<String, String> env, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("INNOVATICE_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        RestAssured.port = port;
        JarProcesses.awaitReady(process, port, log);
        return process;
    }

    private static Path fresh(String name) throws IOException {
        return Folders.fresh(WORK, name);
    }
}
