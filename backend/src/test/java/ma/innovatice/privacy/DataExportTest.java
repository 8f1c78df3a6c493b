package ma.innovatice.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DataExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] export(User user) {
        return api(user.token()).accept("application/zip, application/problem+json").get("/api/me/data-export")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
    }

    @Test
    void shouldExportTheTeachersAccountProjectsEmailsAndFilesAndNothingOfAnotherTeacher() throws IOException {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String title = "Projet exporté " + UUID.randomUUID();
        Competition mine = fixtures.competitionWithFiles(Map.of(), Fixtures.completeProject(title), "plan.pdf", pdf);
        Competition other = fixtures.competitionWithFiles(Map.of(), Fixtures.completeProject("Projet d'une autre "
                + UUID.randomUUID()), "autre.pdf", pdf);
        User teacher = mine.teachers().get(0);
        long project = mine.projects().get(0);

        Map<String, byte[]> zip = unzip(export(teacher));

        assertThat(zip).containsKeys("account.json", "projects.json", "evaluations.json", "emails.json",
                "files/" + project + "/plan.pdf");
        long attachment = api(teacher.token()).get("/api/submissions/{id}", project).jsonPath().getLong("attachments[0].id");
        byte[] stored = api(teacher.token()).accept("*/*").get("/api/submissions/{id}/attachments/{a}", project, attachment)
                .then().statusCode(200).extract().asByteArray();
        assertThat(zip.get("files/" + project + "/plan.pdf")).isEqualTo(stored).isNotEmpty();
        assertThat(zip.keySet()).noneMatch(name -> name.contains(String.valueOf(other.projects().get(0))) && name.startsWith("files/"));
        JsonNode account = JSON.readTree(zip.get("account.json"));
        assertThat(account.get("email").asText()).isEqualTo(teacher.email());
        assertThat(account.get("role").asText()).isEqualTo("TEACHER");
        assertThat(account.has("createdAt")).isTrue();
        JsonNode projects = JSON.readTree(zip.get("projects.json"));
        assertThat(projects).hasSize(1);
        JsonNode first = projects.get(0);
        assertThat(first.get("project").get("id").asLong()).isEqualTo(project);
        assertThat(first.get("project").get("title").asText()).isEqualTo(title);
        assertThat(first.get("project").get("coAuthors").get(0).asText()).isEqualTo("Imane Alaoui");
        assertThat(first.get("project").get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(first.get("edition").get("editionId").asLong()).isEqualTo(mine.edition());
        String everything = new String(zip.get("projects.json"), StandardCharsets.UTF_8)
                + new String(zip.get("emails.json"), StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain("Projet d'une autre").doesNotContain(other.teachers().get(0).email());
        JsonNode emails = JSON.readTree(zip.get("emails.json"));
        assertThat(emails).isNotEmpty();
        assertThat(emails.findValuesAsText("kind")).contains("SUBMISSION_RECEIVED");
        assertThat(emails.get(0).has("textBody")).isTrue();
        assertThat(JSON.readTree(zip.get("evaluations.json"))).isEmpty();

        // Audited: who exported and when.
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'DATA_EXPORT' AND actor_id = ?", teacher.id(), teacher.id())).isEqualTo(1);
        // A second export right away is refused, with the wait.
        Api.api(teacher.token()).accept("application/zip, application/problem+json").get("/api/me/data-export")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldExportAJurorsAccountAndHerOwnEvaluations() throws IOException {
        Competition c = fixtures.competitionWithFiles(Map.of(), Fixtures.completeProject("Projet évalué " + UUID.randomUUID()),
                "plan.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        api(juror.token()).body(Map.of("scores", Fixtures.fullScores(), "feedback", "Bravo pour la démarche."))
                .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);

        Map<String, byte[]> zip = unzip(export(juror));

        assertThat(zip.keySet()).noneMatch(name -> name.startsWith("files/"));
        assertThat(JSON.readTree(zip.get("account.json")).get("role").asText()).isEqualTo("JURY");
        assertThat(JSON.readTree(zip.get("projects.json"))).isEmpty();
        JsonNode evaluations = JSON.readTree(zip.get("evaluations.json"));
        assertThat(evaluations).hasSize(1);
        assertThat(evaluations.get(0).get("projectId").asLong()).isEqualTo(c.projects().get(0));
        assertThat(evaluations.get(0).get("feedback").asText()).isEqualTo("Bravo pour la démarche.");
        assertThat(evaluations.get(0).get("scores")).hasSize(6);
    }

    @Test
    void shouldRefuseTheExportToAnonymousCallers() {
        Api.invalidRequest().accept("application/zip, application/problem+json").get("/api/me/data-export")
                .then().statusCode(401);
    }

    @Test
    void shouldKeepEveryFileNameInsideItsFolderOfTheZip() {
        assertThat(List.of(DataExportZip.safe("../../etc/passwd"), DataExportZip.safe(".cache"),
                DataExportZip.safe("a\u0000b\u202Ec.pdf"), DataExportZip.safe("C:\\x.pdf"), DataExportZip.safe("")))
                .containsExactly("_.._etc_passwd", "cache", "a_b_c.pdf", "C__x.pdf", "fichier");
        java.util.Set<String> used = new java.util.HashSet<>();
        assertThat(List.of(DataExportZip.unique("files/1/", "plan.pdf", used), DataExportZip.unique("files/1/", "Plan.pdf", used),
                DataExportZip.unique("files/2/", "plan.pdf", used)))
                .containsExactly("files/1/plan.pdf", "files/1/Plan (2).pdf", "files/2/plan.pdf");
    }
}
