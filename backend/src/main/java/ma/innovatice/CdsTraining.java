package ma.innovatice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.QuarkusApplication;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training start for the class archive. `make build` starts the packaged application once with
 * {@code -XX:ArchiveClassesAtExit=app-cds.jsa} and this mode on: the application starts as usual
 * (throwaway embedded database), answers a round of requests made here (public pages, sign-in, lists,
 * a write, refusals), then stops. The JVM then archives every class the start and those requests
 * loaded: the ORM, the migrations, the REST layer, the JSON writers. Quarkus's own AppCDS run stops
 * before connecting to anything, so it left out most of what a real start loads.
 */
public final class CdsTraining implements QuarkusApplication {

    /** System property or environment variable ({@code INNOVATICE_CDS_TRAINING}) that selects this mode. */
    static final String PROPERTY = "innovatice.cds-training";

    private static final Logger LOG = Logger.getLogger(CdsTraining.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request of the round, with the status a healthy application answers (and the start of an unexpected answer). */
    public record Call(String method, String path, int expected, int actual, String unexpectedBody) {
        public boolean answeredAsExpected() {
            return expected == actual;
        }
    }

    static boolean requested() {
        return LaunchSettings.get(PROPERTY).map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public int run(String... args) {
        var config = ConfigProvider.getConfig();
        // With port 0 the server picks a free port and Quarkus records it in this system property.
        String port = System.getProperty("quarkus.http.port", config.getOptionalValue("quarkus.http.port", String.class)
                .orElse("8080"));
        String email = config.getOptionalValue("innovatice.admin.email", String.class).orElse("");
        String password = config.getOptionalValue("innovatice.admin.password", String.class).orElse("");
        List<Call> calls = exercise(URI.create("http://127.0.0.1:" + port), email, password);
        List<Call> unexpected = calls.stream().filter(call -> !call.answeredAsExpected()).toList();
        if (!unexpected.isEmpty()) {
            LOG.errorf("Class archive training: unexpected answers %s", unexpected);
            return 1;
        }
        LOG.infof("Class archive training: %d requests answered as expected", calls.size());
        return 0;
    }

    /**
     * The round of requests, against the application at {@code base}, signed in as the administrator
     * {@code email}. Every call is made even if an earlier one failed, so the caller sees them all.
     */
    public static List<Call> exercise(URI base, String email, String password) {
        Round round = new Round(base);
        round.call("GET", "/api/reference/school-levels", null, null, 200);
        round.call("GET", "/api/reference/regions", null, null, 200);
        round.call("GET", "/api/editions", null, null, 200);
        round.call("GET", "/api/laureates?size=20", null, null, 200);
        round.call("GET", "/api/statistics", null, null, 200);
        round.call("GET", "/api/editions/999999999", null, null, 404);
        round.call("GET", "/api/submissions?size=1000", null, null, 401);
        JsonNode login = round.call("POST", "/api/auth/login", null, Map.of("email", email, "password", password), 200);
        String token = login == null ? null : login.path("accessToken").asText(null);
        round.call("GET", "/api/me", token, null, 200);
        JsonNode edition = round.call("POST", "/api/editions", token, editionBody(), 201);
        if (edition != null) {
            round.call("GET", "/api/editions/" + edition.path("id").asLong(), token, null, 200);
        }
        round.call("GET", "/api/submissions?size=50&sort=-createdAt", token, null, 200);
        round.call("GET", "/api/submissions?size=1000", token, null, 400);
        round.call("GET", "/api/accounts?size=20", token, null, 200);
        round.call("GET", "/api/jury/assignments", token, null, 403);
        return round.calls;
    }

    /** An edition far in the future (the training runs on a database of its own). */
    private static Map<String, Object> editionBody() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", 999);
        body.put("year", 2099);
        body.put("title", "Édition d'entraînement");
        body.put("theme", "Démarrage de l'application");
        body.put("rules", "Aucune.");
        body.put("submissionsOpenAt", now.plus(1, ChronoUnit.DAYS).toString());
        body.put("submissionsCloseAt", now.plus(10, ChronoUnit.DAYS).toString());
        body.put("evaluationCloseAt", now.plus(40, ChronoUnit.DAYS).toString());
        body.put("ceremonyDate", now.plus(60, ChronoUnit.DAYS).toString().substring(0, 10));
        body.put("ceremonyVenue", "Rabat");
        body.put("laureateCount", 3);
        body.put("jurorsPerProject", 3);
        body.put("blindReview", true);
        body.put("sameRegionConflict", false);
        body.put("forum", Map.of("name", "Forum", "city", "Rabat", "year", 2099));
        return body;
    }

    private static final class Round {
        private final URI base;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final List<Call> calls = new ArrayList<>();

        Round(URI base) {
            this.base = base;
        }

        /** Makes one call and records it; returns its JSON body, or null when there is none or it failed. */
        JsonNode call(String method, String path, String token, Object body, int expected) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json");
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
                if (body != null) {
                    request.header("Content-Type", "application/json");
                }
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String unexpected = response.statusCode() == expected ? null
                        : new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)
                                .substring(0, Math.min(300, response.body().length));
                calls.add(new Call(method, path, expected, response.statusCode(), unexpected));
                return response.body().length == 0 ? null : JSON.readTree(response.body());
            } catch (IOException e) {
                calls.add(new Call(method, path, expected, -1, e.toString()));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                calls.add(new Call(method, path, expected, -1, e.toString()));
                return null;
            }
        }
    }
}
