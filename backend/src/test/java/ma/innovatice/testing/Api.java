package ma.innovatice.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The only way tests talk to the API: every request and response is validated against the
 * contract at the repository root. Tests that send a deliberately invalid request use
 * {@link #invalidRequest()}, which still validates the response.
 */
public final class Api {

    /** What a real client accepts: the resource, or the problem that explains why not. */
    private static final String ACCEPT = "application/json, application/problem+json";

    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter BOTH = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build());

    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /**
     * The REST Assured adapter of the validator does not pass multipart bodies on, so it would
     * report every upload as "body missing"; only that message is ignored, the rest of the request
     * (path, parameters, content type, security) and the whole response are still checked.
     */
    private static final OpenApiValidationFilter MULTIPART = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** Decimal numbers of responses read as doubles, so that scores compare with closeTo. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    /** File names in UTF-8, as browsers send them. */
    private static final RestAssuredConfig UTF8_PARTS = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private Api() {
    }

    /** An upload: multipart request validated except for its body, response fully validated. */
    public static RequestSpecification multipart(String token) {
        return RestAssured.given().filter(MULTIPART).config(UTF8_PARTS).contentType(ContentType.MULTIPART).accept(ACCEPT)
                .auth().oauth2(token);
    }

    /** A request whose both halves must conform to the contract. */
    public static RequestSpecification api() {
        return RestAssured.given().filter(BOTH).config(DOUBLES).contentType(ContentType.JSON).accept(ACCEPT);
    }

    public static RequestSpecification api(String token) {
        return api().auth().oauth2(token);
    }

    /** A deliberately invalid request: only the response is checked against the contract. */
    public static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(RESPONSE_ONLY).config(DOUBLES).contentType(ContentType.JSON).accept(ACCEPT);
    }

    public static RequestSpecification invalidRequest(String token) {
        return invalidRequest().auth().oauth2(token);
    }
}
