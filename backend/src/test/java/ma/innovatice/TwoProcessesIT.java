package ma.innovatice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import ma.innovatice.common.db.EmbeddedMariaDb;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Two API processes on one database, as behind a load balancer (issue 22): the packaged jar started
 * twice on the same MariaDB and the same data folder (keys, mail). A change written through process A
 * counts in process B: at once for security (a disabled account, a password change, a role changed in
 * the database), at once for lists, within the bound of the public pages' version check for the public
 * pages (kept for ten minutes here, so their time to live cannot explain it); and an email, with
 * both processes running the outbox and reset-request jobs every second, reaches the SMTP server once.
 */
class TwoProcessesIT {

    private static final Path JAR = Path.of(System.getProperty("innovatice.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Path WORK = Path.of("target", "two-processes-it").toAbsolutePath();
    private static final String DEMO_PASSWORD = "demo-password-2016";
    /** A wait for something the processes do in the background: long, only a stuck test reaches it. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<Process> apps = new ArrayList<>();
    /** The mail server both processes send to: it counts what was sent, duplicates included. */
    private GreenMail smtp;

    @AfterEach
    void stop() throws InterruptedException {
        if (smtp != null) {
            smtp.stop();
        }
        for (Process app : apps) {
            if (app.isAlive()) {
                app.destroy();
                app.waitFor();
            }
        }
    }

    @Test
    void shouldSeeEveryWriteOfOneProcessInTheOtherAndSendEachEmailOnce() throws Exception {
        Path dataDir = Folders.fresh(WORK, "shared");
        int smtpPort = JarProcesses.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startTemporary("innovatice_two_processes")) {
            Map<String, String> env = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", db.username(), "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "INNOVATICE_PUBLIC_CACHE_TTL", "10m", "INNOVATICE_MAIL_WORKER_EVERY", "1s",
                    "INNOVATICE_MAIL_RESET_REQUESTS_EVERY", "1s", "INNOVATICE_MAIL_SMTP_HOST", "127.0.0.1",
                    "INNOVATICE_MAIL_SMTP_PORT", String.valueOf(smtpPort), "INNOVATICE_MAIL_SMTP_TLS", "NONE"));
            Map<String, String> first = new HashMap<>(env);
            first.put("INNOVATICE_DEMO_ENABLED", "true");
            int portA = JarProcesses.freePort();
            start(dataDir, portA, first, dataDir.resolve("a.log"));
            int portB = JarProcesses.freePort();
            start(dataDir, portB, env, dataDir.resolve("b.log"));
            Side a = new Side(portA);
            Side b = new Side(portB);

            String admin = a.login("admin@demo.innovatice.ma", DEMO_PASSWORD);
            b.api(admin).get("/api/me").then().statusCode(200).body("role", equalTo("ADMIN"));

            // A disabled account: refused by B at the very next request, and back once enabled.
            String jurorEmail = "juror-" + UUID.randomUUID() + "@test.innovatice.ma";
            long juror = a.api(admin).body(Map.of("email", jurorEmail, "password", "jury-secret-2026", "firstName", "Ali",
                    "lastName", "Deux", "role", "JURY")).post("/api/accounts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            // A list written through A, read through B: at once (no list is kept in memory by default).
            b.api(admin).queryParam("q", jurorEmail).get("/api/accounts").then().statusCode(200).body("total", equalTo(1));
            String jurorToken = a.login(jurorEmail, "jury-secret-2026");
            b.api(jurorToken).get("/api/me").then().statusCode(200);
            a.api(admin).body(Map.of("enabled", false)).patch("/api/accounts/{id}", juror).then().statusCode(200);
            b.api(jurorToken).get("/api/me").then().statusCode(401);
            a.api(admin).body(Map.of("enabled", true)).patch("/api/accounts/{id}", juror).then().statusCode(200);
            b.api(jurorToken).get("/api/me").then().statusCode(200);

            // A password changed through A: B refuses the tokens issued before it, takes the new one.
            String teacher = a.login("teacher1@demo.innovatice.ma", DEMO_PASSWORD);
            b.api(teacher).get("/api/me").then().statusCode(200);
            String renewed = a.api(teacher).body(Map.of("currentPassword", DEMO_PASSWORD, "newPassword", "un-autre-secret-2026"))
                    .post("/api/me/password").then().statusCode(200).extract().jsonPath().getString("accessToken");
            b.api(teacher).get("/api/me").then().statusCode(401);
            b.api(renewed).get("/api/me").then().statusCode(200);

            // A role changed in the database (no API changes a role): both processes refuse the old token.
            sql(db, "UPDATE account SET role = 'ADMIN' WHERE id = ?", juror);
            a.api(jurorToken).get("/api/me").then().statusCode(401);
            b.api(jurorToken).get("/api/me").then().statusCode(401);

            // The public gallery, kept in memory by B, after a consent withdrawn through A.
            String laureate = a.login("laureat2@demo.innovatice.ma", DEMO_PASSWORD);
            List<Long> own = a.api(laureate).get("/api/me/submissions").then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class);
            long shown = b.api(null).get("/api/gallery").then().statusCode(200).extract().jsonPath()
                    .getList("items.submissionId", Long.class).stream().filter(own::contains).findFirst().orElseThrow();
            b.api(null).get("/api/gallery").then().statusCode(200).body("items.submissionId", hasItem((int) shown));
            a.api(laureate).delete("/api/submissions/{id}/gallery", shown).then().statusCode(204);
            Instant withdrawn = Instant.now();
            await("B's gallery drops the withdrawn project", () -> !b.api(null).get("/api/gallery").then().statusCode(200)
                    .extract().jsonPath().getList("items.submissionId", Long.class).contains(shown));
            Duration galleryDelay = Duration.between(withdrawn, Instant.now());
            b.api(null).get("/api/gallery").then().body("items.submissionId", not(hasItem((int) shown)));

            // An email through A's request, sent by whichever process's jobs take it: exactly once.
            String resetFor = "teacher2@demo.innovatice.ma";
            long mailsBefore = mailsTo(resetFor);
            a.api(null).body(Map.of("email", resetFor)).post("/api/auth/password-reset").then().statusCode(202);
            await("the reset email is sent", () -> count(db, "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? "
                    + "AND kind = 'PASSWORD_RESET' AND status = 'SENT'", resetFor) == 1);
            // Both processes drain the outbox every second: a few more rounds, in which nothing may be sent again.
            Thread.sleep(3_000);
            assertThat(count(db, "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND kind = 'PASSWORD_RESET'",
                    resetFor)).isEqualTo(1);
            assertThat(count(db, "SELECT attempts FROM outbox_message WHERE recipient = ? AND kind = 'PASSWORD_RESET'",
                    resetFor)).isEqualTo(1);
            assertThat(mailsTo(resetFor) - mailsBefore).as("emails received by the SMTP server").isEqualTo(1);
            assertThat(apps).allMatch(Process::isAlive);

            ma.innovatice.testing.ReliabilityReport.write("two-processes", "Two API processes on one database", List.of(
                    "disabled account, password change and role change through one process: the other refused the "
                            + "old token at its very next request",
                    "an account created through one process listed by the other at once",
                    "a gallery consent withdrawn through one process left the other's public gallery "
                            + galleryDelay.toMillis() + " ms later (public pages kept 10 minutes; version checked every 0.5 s)",
                    "a password-reset email requested through one process, both draining the outbox every second: "
                            + "sent once, one attempt, one email received by the SMTP server"));
        }
    }

    private record Side(int port) {
        /** A request to this process, validated against the contract as every test request is. */
        RequestSpecification api(String token) {
            return (token == null ? Api.api() : Api.api(token)).port(port);
        }

        String login(String email, String password) {
            return api(null).body(Map.of("email", email, "password", password)).post("/api/auth/login").then()
                    .statusCode(200).extract().jsonPath().getString("accessToken");
        }
    }

    private long mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Never happened: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void sql(EmbeddedMariaDb db, String statement, Object... parameters) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static long count(EmbeddedMariaDb db, String query, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             PreparedStatement select = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void start(Path dataDir, int port, Map<String, String> env, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("INNOVATICE_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        apps.add(process);
        JarProcesses.awaitReady(process, port, log);
    }
}
