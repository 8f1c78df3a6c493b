package ma.innovatice.reference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static ma.innovatice.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void shouldListTheTwelveRegionsWithTheirAcademiesInThreeLanguages() {
        api().get("/api/reference/regions").then()
                .statusCode(200)
                .body("", hasSize(12))
                .body("code", contains("MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08",
                        "MA-09", "MA-10", "MA-11", "MA-12"))
                .body("find { it.code == 'MA-04' }.name.fr", equalTo("Rabat-Salé-Kénitra"))
                .body("find { it.code == 'MA-04' }.name.ar", equalTo("الرباط - سلا - القنيطرة"))
                .body("find { it.code == 'MA-04' }.academy.fr", equalTo("AREF Rabat-Salé-Kénitra"))
                .body("find { it.code == 'MA-12' }.name.en", equalTo("Dakhla-Oued Ed-Dahab"));
    }

    @Test
    void shouldListTheSchoolLevelsFromPreschoolToUpperSecondary() {
        api().get("/api/reference/school-levels").then()
                .statusCode(200)
                .body("code", contains("PRESCOLAIRE", "PRIMAIRE", "SECONDAIRE_COLLEGIAL", "SECONDAIRE_QUALIFIANT"))
                .body("[2].label.fr", equalTo("Secondaire collégial"))
                .body("[0].label.ar", equalTo("التعليم الأولي"));
    }
}
