package ma.innovatice.common.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Problem titles, details and field messages are written in the request's language (the lang
 * parameter, else Accept-Language, else French); type, status, field names and members are not.
 */
@QuarkusTest
class ServerMessagesApiTest {

    private static final String NBSP = "\u00A0";

    @Inject
    Fixtures fixtures;

    private static final Map<String, Object> INVALID_ACCOUNT = Map.of(
            "email", "juror@test.innovatice.ma", "firstName", "", "lastName", "Alaoui", "role", "KING");

    private ValidatableResponse createAccount(User admin, String acceptLanguage, String lang) {
        var request = invalidRequest(admin.token()).header("Accept-Language", acceptLanguage).body(INVALID_ACCOUNT);
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        return request.post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/validation")).body("status", equalTo(400))
                .body("errors.field", contains("firstName", "role"));
    }

    @Test
    void shouldWriteAValidationErrorInFrenchArabicOrEnglishByHeaderOrParameter() {
        User admin = fixtures.admin();
        for (String[] french : new String[][]{{"fr-MA, fr;q=0.9", null}, {"ar", "fr"}}) {
            createAccount(admin, french[0], french[1]).header("Content-Language", "fr")
                    .body("title", equalTo("Requête invalide"))
                    .body("detail", equalTo("Champs invalides dans la requête" + NBSP + ": 2."))
                    .body("errors[0].message", equalTo("ne doit pas être vide"))
                    .body("errors[1].message", equalTo("doit être JURY, COORDINATOR ou ADMIN"));
        }
        for (String[] arabic : new String[][]{{"ar-MA", null}, {"en", "ar"}}) {
            createAccount(admin, arabic[0], arabic[1]).header("Content-Language", "ar")
                    .body("title", equalTo("طلب غير صالح"))
                    .body("detail", equalTo("عدد الحقول غير الصالحة في الطلب: 2."))
                    .body("errors[0].message", equalTo("لا يجوز أن يكون فارغًا"))
                    .body("errors[1].message", equalTo("يجب أن يكون JURY أو COORDINATOR أو ADMIN"));
        }
        for (String[] english : new String[][]{{"en-GB", null}, {"fr", "en"}}) {
            createAccount(admin, english[0], english[1]).header("Content-Language", "en")
                    .body("title", equalTo("Invalid request"))
                    .body("detail", equalTo("The request has 2 invalid field(s)."))
                    .body("errors[0].message", equalTo("must not be blank"))
                    .body("errors[1].message", equalTo("must be JURY, COORDINATOR or ADMIN"));
        }
    }

    @Test
    void shouldWriteANotFoundProblemInTheRequestsLanguage() {
        long missing = 987_654_321L;
        api().header("Accept-Language", "fr").get("/api/editions/{id}", missing).then().statusCode(404)
                .header("Content-Language", "fr").body("type", endsWith("/not-found"))
                .body("title", equalTo("Introuvable")).body("detail", equalTo("L’édition " + missing + " n’existe pas."));
        api().queryParam("lang", "ar").get("/api/editions/{id}", missing).then().statusCode(404)
                .header("Content-Language", "ar").body("type", endsWith("/not-found"))
                .body("title", equalTo("غير موجود")).body("detail", equalTo("لم يُعثر على الدورة " + missing + "."));
        api().header("Accept-Language", "en").get("/api/editions/{id}", missing).then().statusCode(404)
                .body("title", equalTo("Not found")).body("detail", equalTo("Edition " + missing + " does not exist."));
    }

    @Test
    void shouldWriteAConflictInTheRequestsLanguageAndKeepItsType() {
        User admin = fixtures.admin();
        Map<String, Object> existing = Map.of("email", admin.email(), "firstName", "Amal", "lastName", "Alaoui", "role", "JURY");
        Map<String, String[]> texts = Map.of(
                "fr", new String[]{"Adresse déjà utilisée", "Un compte existe déjà avec cette adresse électronique."},
                "ar", new String[]{"العنوان مستعمل سلفًا", "يوجد حساب بهذا العنوان الإلكتروني سلفًا."},
                "en", new String[]{"Email already registered", "An account with this email address already exists."});
        for (Map.Entry<String, String[]> language : texts.entrySet()) {
            api(admin.token()).header("Accept-Language", language.getKey()).body(existing).post("/api/accounts").then()
                    .statusCode(409).header("Content-Language", language.getKey())
                    .body("type", equalTo("https://innovatice.ma/problems/duplicate-email")).body("status", equalTo(409))
                    .body("title", equalTo(language.getValue()[0])).body("detail", equalTo(language.getValue()[1]));
        }
    }

    @Test
    void shouldWriteTheRefusalsOfTheHttpLayerInTheRequestsLanguage() {
        byte[] tooLarge = new byte[600 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        RestAssured.given().contentType("application/json").queryParam("lang", "ar").body(tooLarge).post("/api/auth/login")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/payload-too-large"))
                .body("title", equalTo("المحتوى كبير جدًّا"))
                .body("detail", equalTo("حجم محتوى الطلب " + tooLarge.length + " بايت؛ والحد الأقصى المقبول هنا 524288 بايت."));
    }
}
