package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SubmissionAdminListTest {

    @Inject
    Fixtures fixtures;

    private record Data(User admin, long edition, long rabat, long casa, long draft) {
    }

    private Data sample() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Map<String, Object> rabat = new HashMap<>(Fixtures.completeProject("Robots de Rabat"));
        User first = fixtures.teacher();
        long rabatId = fixtures.draftProject(first, edition, rabat);
        api(first.token()).post("/api/submissions/{id}/submit", rabatId).then().statusCode(200);

        Map<String, Object> casa = new HashMap<>(Fixtures.completeProject("=HYPERLINK(\"http://evil\") الطاقة الشمسية"));
        casa.put("regionCode", "MA-06");
        casa.put("schoolLevel", "PRIMAIRE");
        casa.put("discipline", "Physique");
        casa.put("summary", "Mesurer l'énergie solaire, \"en vrai\", avec des capteurs");
        User second = fixtures.teacher();
        long casaId = fixtures.draftProject(second, edition, casa);
        api(second.token()).post("/api/submissions/{id}/submit", casaId).then().statusCode(200);

        long draft = fixtures.draftProject(fixtures.teacher(), edition, Map.of("title", "Brouillon de Rabat"));
        return new Data(admin, edition, rabatId, casaId, draft);
    }

    @Test
    void shouldCountAFullPageAgainAfterAWriteAndTheLastPageWithoutCounting() {
        Data data = sample();
        String token = data.admin().token();
        api(token).queryParam("editionId", data.edition()).queryParam("size", 2).get("/api/submissions").then()
                .statusCode(200).body("items", hasSize(2)).body("total", equalTo(3));
        long another = fixtures.draftProject(fixtures.teacher(), data.edition(), Map.of("title", "Un quatrième projet"));
        api(token).queryParam("editionId", data.edition()).queryParam("size", 2).get("/api/submissions").then()
                .statusCode(200).body("items[0].id", equalTo((int) another)).body("total", equalTo(4));
        api(token).queryParam("editionId", data.edition()).queryParam("size", 3).queryParam("page", 1)
                .get("/api/submissions").then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(4));
        api(token).queryParam("editionId", data.edition()).queryParam("size", 2).queryParam("page", 5)
                .get("/api/submissions").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(4));
    }

    @Test
    void shouldFilterSortAndPaginateTheSubmissionsOfAnEdition() {
        Data data = sample();
        String token = data.admin().token();
        api(token).queryParam("editionId", data.edition()).get("/api/submissions").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains((int) data.draft(), (int) data.casa(), (int) data.rabat()));
        api(token).queryParam("editionId", data.edition()).queryParam("status", "SUBMITTED").queryParam("sort", "title")
                .get("/api/submissions").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", contains((int) data.casa(), (int) data.rabat()))
                .body("items[1].author.email", org.hamcrest.Matchers.endsWith("@test.innovatice.ma"))
                .body("items[0].attachmentCount", equalTo(0));
        api(token).queryParam("editionId", data.edition()).queryParam("region", "MA-06").get("/api/submissions").then()
                .body("items.id", contains((int) data.casa()));
        api(token).queryParam("editionId", data.edition()).queryParam("level", "SECONDAIRE_COLLEGIAL").get("/api/submissions")
                .then().body("items.id", contains((int) data.rabat()));
        api(token).queryParam("editionId", data.edition()).queryParam("discipline", "Physique").get("/api/submissions")
                .then().body("items.id", contains((int) data.casa()));
        api(token).queryParam("editionId", data.edition()).queryParam("q", "rabat").get("/api/submissions").then()
                .body("items.id", containsInAnyOrder((int) data.rabat(), (int) data.draft()));
        api(token).queryParam("editionId", data.edition()).queryParam("q", "énergie solaire").get("/api/submissions").then()
                .body("items.id", contains((int) data.casa()));
        api(token).queryParam("editionId", data.edition()).queryParam("q", "100%").get("/api/submissions").then()
                .body("total", equalTo(0));
        api(token).queryParam("editionId", data.edition()).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "-createdAt").get("/api/submissions").then()
                .body("items", hasSize(1)).body("page", equalTo(1)).body("total", equalTo(3))
                .body("items[0].id", equalTo((int) data.rabat()));
    }

    @Test
    void shouldGiveEveryProjectOnceWhenWalkingThePagesOfEachSort() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        // Titles out of creation order, two of them equal, so that each sort and its tie-break by id
        // give different orders.
        List<String> titles = List.of("Mosaïque", "Atelier radio", "Zellige numérique", "Atelier radio", "Carte du Souss",
                "Bibliothèque sonore", "Kit de robotique");
        for (String title : titles) {
            fixtures.draftProject(fixtures.teacher(), edition, Map.of("title", title));
        }
        for (String sort : List.of("title", "-title", "createdAt", "-createdAt", "updatedAt", "-region")) {
            List<Integer> whole = api(admin.token()).queryParam("editionId", edition).queryParam("sort", sort)
                    .queryParam("size", 100).get("/api/submissions").then().statusCode(200)
                    .body("total", equalTo(titles.size())).extract().jsonPath().getList("items.id", Integer.class);
            List<Integer> walked = new java.util.ArrayList<>();
            for (int page = 0; page < 3; page++) {
                walked.addAll(api(admin.token()).queryParam("editionId", edition).queryParam("sort", sort)
                        .queryParam("size", 3).queryParam("page", page).get("/api/submissions").then().statusCode(200)
                        .body("total", equalTo(titles.size())).extract().jsonPath().getList("items.id", Integer.class));
            }
            assertThat(walked).as(sort).isEqualTo(whole).doesNotHaveDuplicates().hasSize(titles.size());
        }
        List<String> byTitle = api(admin.token()).queryParam("editionId", edition).queryParam("sort", "title")
                .get("/api/submissions").jsonPath().getList("items.title", String.class);
        assertThat(byTitle).isSorted().first().isEqualTo("Atelier radio");
        api(admin.token()).queryParam("editionId", edition).queryParam("size", 3).queryParam("page", 5)
                .get("/api/submissions").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(titles.size()));
    }

    @Test
    void shouldRefuseBadFiltersAndKeepTheListToAdmins() {
        Data data = sample();
        invalidRequest(data.admin().token()).queryParam("size", 101).get("/api/submissions").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        invalidRequest(data.admin().token()).queryParam("sort", "password").get("/api/submissions").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        invalidRequest(data.admin().token()).queryParam("region", "MA-99").get("/api/submissions").then().statusCode(400);
        invalidRequest(data.admin().token()).queryParam("status", "PENDING").get("/api/submissions").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        invalidRequest(data.admin().token()).queryParam("editionId", "douze").get("/api/submissions").then().statusCode(400)
                .body("errors.field", hasItem("editionId"));
        api(fixtures.teacher().token()).get("/api/submissions").then().statusCode(403);
        api(fixtures.juror().token()).accept("text/csv, application/problem+json").get("/api/submissions/export")
                .then().statusCode(403);
        api().get("/api/submissions").then().statusCode(401);
    }

    @Test
    void shouldExportTheFilteredListAsCsvThatSpreadsheetsReadSafely() {
        Data data = sample();
        Response response = RestAssured.given().auth().oauth2(data.admin().token())
                .queryParam("editionId", data.edition()).queryParam("status", "SUBMITTED")
                .get("/api/submissions/export");
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"(submissions-edition-"
                        + data.edition() + "-[0-9-]+\\.csv)\"; filename\\*=UTF-8''\\1"));
        byte[] bytes = response.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("N° du projet,Édition,Statut,Titre,Résumé,")
                .endsWith(",Créé le (heure du Maroc),Soumis le (heure du Maroc)");
        String casa = lines.stream().filter(l -> l.startsWith(data.casa() + ",")).findFirst().orElseThrow();
        assertThat(casa).as("dates as Morocco's local date-times a spreadsheet reads")
                .matches(".*,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$");
        assertThat(casa).contains("\"'=HYPERLINK(\"\"http://evil\"\") الطاقة الشمسية\"")
                .contains("\"Mesurer l'énergie solaire, \"\"en vrai\"\", avec des capteurs\"")
                .contains("Casablanca-Settat", "AREF Casablanca-Settat", "Scratch | micro:bit");
        assertThat(lines).noneMatch(l -> l.startsWith(data.draft() + ","));

        byte[] semicolon = RestAssured.given().auth().oauth2(data.admin().token()).header("Accept-Language", "ar")
                .queryParam("editionId", data.edition()).queryParam("separator", "semicolon")
                .get("/api/submissions/export").then().statusCode(200).extract().asByteArray();
        List<String> arabic = new String(semicolon, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(arabic.get(0)).as("titles in the language asked").startsWith("رقم المشروع;الدورة;الحالة;العنوان;")
                .endsWith(";تاريخ التقديم (بتوقيت المغرب)");
        assertThat(arabic.subList(1, arabic.size())).hasSize(3)
                .allMatch(line -> line.contains(";SUBMITTED;") || line.contains(";DRAFT;"))
                .anyMatch(line -> line.contains(";الدار البيضاء - سطات;"));
    }

    @Test
    void shouldShowATeacherOnlyTheirOwnProjects() {
        Data data = sample();
        User teacher = fixtures.teacher();
        long mine = fixtures.draftProject(teacher, data.edition(), Map.of("title", "Le mien"));
        api(teacher.token()).get("/api/me/submissions").then().statusCode(200)
                .body("id", contains((int) mine)).body("[0].edition.number", equalTo(
                        api().get("/api/editions/{id}", data.edition()).jsonPath().getInt("number")))
                .body("status", everyItem(equalTo("DRAFT")));
        for (long foreign : new long[] {data.rabat(), data.casa()}) {
            api(teacher.token()).get("/api/submissions/{id}", foreign).then().statusCode(404);
            api(teacher.token()).get("/api/submissions/{id}/history", foreign).then().statusCode(404);
            api(teacher.token()).post("/api/submissions/{id}/withdraw", foreign).then().statusCode(404);
            api(teacher.token()).post("/api/submissions/{id}/submit", foreign).then().statusCode(404);
            api(teacher.token()).delete("/api/submissions/{id}", foreign).then().statusCode(404);
            Map<String, Object> edit = new HashMap<>(Fixtures.completeProject("Détourné"));
            edit.put("version", 1);
            api(teacher.token()).body(edit).put("/api/submissions/{id}", foreign).then().statusCode(404);
        }
        assertThat(fixtures.rows("SELECT title, status FROM submission WHERE id = ?", data.rabat()).get(0))
                .containsEntry("title", "Robots de Rabat").containsEntry("status", "SUBMITTED");
        api(data.admin().token()).get("/api/submissions/{id}", data.rabat()).then().statusCode(200)
                .body("author.email", org.hamcrest.Matchers.notNullValue());
        api(data.admin().token()).get("/api/submissions/{id}/history", data.rabat()).then().statusCode(200);
        api(fixtures.juror().token()).get("/api/submissions/{id}", data.rabat()).then().statusCode(403);
        api(fixtures.juror().token()).get("/api/me/submissions").then().statusCode(403);
        api(data.admin().token()).post("/api/submissions/{id}/withdraw", data.rabat()).then().statusCode(403);
    }
}
