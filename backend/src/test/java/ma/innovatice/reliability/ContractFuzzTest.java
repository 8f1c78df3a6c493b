package ma.innovatice.reliability;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Contract;
import ma.innovatice.testing.Contract.Operation;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract fuzzing: for every operation of openapi.yaml, requests generated from its schemas
 * (valid, broken and hostile values in the body, the path and the query, by every kind of
 * caller). Every answer must be a 4xx problem+json or a success that conforms to the contract,
 * never a 5xx; afterwards the database still holds its invariants. The counts go to
 * target/reliability/fuzz.json for the report `make test` prints.
 */
@QuarkusTest
class ContractFuzzTest {

    static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 200);
    private static final long SEED = Long.getLong("fuzz.seed", 20161125L);
    /** {@code -Dfuzz.operations=reissueCertificate,verifyCertificate} fuzzes only those operations (a quick look). */
    private static final java.util.Set<String> ONLY = java.util.Set.of(System.getProperty("fuzz.operations", "")
            .split(",")).stream().filter(id -> !id.isBlank()).collect(java.util.stream.Collectors.toSet());

    /** Only the answers are judged against the contract: the requests are wrong on purpose. */
    private static final OpenApiInteractionValidator ANSWERS = OpenApiInteractionValidator
            .createForSpecificationUrl(Api.CONTRACT.toUri().toString()).build();

    /** What is wrong with an answer according to the contract (request-side complaints are expected). */
    private static List<String> breaches(Operation operation, String path, HttpResponse<byte[]> response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.body());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        ValidationReport report = ANSWERS.validateResponse(path.contains("?") ? path.substring(0, path.indexOf('?')) : path,
                Request.Method.valueOf(operation.method()), answer.build());
        return report.getMessages().stream().filter(m -> m.getKey().startsWith("validation.response"))
                .map(m -> m.getKey() + " " + m.getMessage()).toList();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void shouldAnswerEveryGeneratedRequestWithAProblemOrAValidSuccessAndNeverA5xx() throws Exception {
        JsonNode contract = Contract.tree();
        SchemaFuzzer fuzzer = new SchemaFuzzer(contract, SEED);
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> world = world();
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        for (String role : List.of("teacher", "juror", "admin")) {
            tokens.add((String) world.get(role + "Token"));
        }

        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Integer> perOperation = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger contractBreaches = new java.util.concurrent.atomic.AtomicInteger();
        List<Operation> operations = Contract.operations(contract).stream()
                .filter(o -> ONLY.isEmpty() || ONLY.contains(o.id())).toList();
        Map<String, Long> violationsBefore = violations();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            for (Operation operation : operations) {
                // Generated in order from the seed, then sent by a few threads at once.
                List<Generated> cases = new ArrayList<>();
                for (int n = 0; n < CASES_PER_OPERATION; n++) {
                    cases.add(generate(fuzzer, json, operation, world, tokens));
                }
                List<Future<?>> sent = new ArrayList<>();
                for (Generated generated : cases) {
                    sent.add(senders.submit(() -> send(client, operation, generated, failures, byStatus, perOperation,
                            contractBreaches)));
                }
                for (Future<?> f : sent) {
                    f.get(2, TimeUnit.MINUTES);
                }
            }
        } finally {
            senders.shutdownNow();
        }

        List<String> broken = invariantsBroken(violationsBefore);
        int total = operations.size() * CASES_PER_OPERATION;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("operations", operations.size());
        report.put("requestsPerOperation", CASES_PER_OPERATION);
        report.put("requests", total);
        report.put("seed", SEED);
        report.put("byStatus", byStatus);
        report.put("serverErrors", byStatus.entrySet().stream().filter(e -> e.getKey().startsWith("5"))
                .mapToInt(Map.Entry::getValue).sum());
        report.put("contractBreaches", contractBreaches.get());
        report.put("failures", failures.size());
        report.put("invariantsChecked", INVARIANTS.size());
        report.put("invariantsBroken", broken);
        Path out = Path.of("target", "reliability", "fuzz.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(report));

        ReliabilityReport.write("fuzz", "Contract fuzzing (jqwik generators from openapi.yaml, seed " + SEED + ")", List.of(
                operations.size() + " operations × " + CASES_PER_OPERATION + " generated requests = " + total + " requests",
                "answers by status: " + byStatus,
                "5xx answers: " + report.get("serverErrors") + "; answers breaking the contract: " + contractBreaches.get()
                        + "; other failures: " + (failures.size() - contractBreaches.get()),
                "database invariants checked afterwards: " + INVARIANTS.size() + ", broken: " + broken.size()));
        assertThat(failures.subList(0, Math.min(40, failures.size())))
                .as(failures.size() + " answers were not a problem or a valid success; the first ones").isEmpty();
        assertThat(broken).as("database invariants broken after fuzzing").isEmpty();
        assertThat(perOperation.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
    }

    /** One generated request: where it goes, who sends it, what it carries. */
    private record Generated(String path, Map<String, String> query, String token, String address, String contentType,
                             byte[] body) {

        String shown() {
            return path.length() > 120 ? path.substring(0, 120) + "…" : path;
        }

        URI uri(int port) {
            StringBuilder query = new StringBuilder();
            this.query.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            String encodedPath = java.util.Arrays.stream(path.split("/", -1))
                    .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                    .collect(java.util.stream.Collectors.joining("/"));
            return URI.create("http://localhost:" + port + encodedPath + query);
        }
    }

    private static Generated generate(SchemaFuzzer fuzzer, ObjectMapper json, Operation operation, Map<String, Object> world,
                                      List<String> tokens) throws Exception {
        String address = "203.0.113." + (1 + fuzzer.random().nextInt(250));
        String token = fuzzer.pick(tokens);
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(fuzzer, operation)) {
            String name = parameter.get("name").asText();
            if (parameter.get("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", fuzzer.parameter(world.get(name)));
            } else if (parameter.get("in").asText().equals("query") && fuzzer.chance(0.5)) {
                Object value = fuzzer.chance(0.6) ? fuzzer.valid(parameter.get("schema"), 0)
                        : fuzzer.hostile(parameter.get("schema"), 0);
                String text = value instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                        : String.valueOf(value);
                // Whole URLs stay within what HTTP servers read (a longer request line is cut by the
                // HTTP layer itself, before the application).
                query.put(name, text.length() > 1500 ? text.substring(0, 1500) : text);
            }
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            byte[] bytes = new byte[fuzzer.random().nextInt(2048)];
            fuzzer.random().nextBytes(bytes);
            if (fuzzer.chance(0.3)) {
                bytes = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            }
            String name = fuzzer.pick(List.of("plan.pdf", "../../etc/passwd", "photo.png", "رسم.pdf", "x",
                    "a".repeat(400) + ".pdf"));
            String part = fuzzer.chance(0.8) ? "files" : "other";
            String boundary = "fuzz" + fuzzer.random().nextInt(1_000_000);
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Generated(path, query, token, address, "multipart/form-data; boundary=" + boundary,
                    body.toByteArray());
        }
        if (content.has("application/json")) {
            JsonNode schema = content.get("application/json").get("schema");
            Object body = fuzzer.chance(0.35) ? fuzzer.valid(schema, 0) : fuzzer.hostile(schema, 0);
            return new Generated(path, query, token, address, "application/json", json.writeValueAsBytes(body));
        }
        return new Generated(path, query, token, address, null, null);
    }

    private static void send(HttpClient client, Operation operation, Generated generated, List<String> failures,
                             Map<String, Integer> byStatus, Map<String, Integer> perOperation,
                             java.util.concurrent.atomic.AtomicInteger contractBreaches) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(generated.uri(RestAssured.port))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "*/*")
                    .method(operation.method(), generated.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(generated.body()));
            if (generated.contentType() != null) {
                request.header("Content-Type", generated.contentType());
            }
            if (operation.path().startsWith("/api/auth/")) {
                // Each guess from its own address, so that the login limits do not stop the other tests.
                request.header("X-Forwarded-For", generated.address());
            }
            if (generated.token() != null) {
                request.header("Authorization", "Bearer " + generated.token());
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            byStatus.merge(String.valueOf(status), 1, Integer::sum);
            perOperation.merge(operation.id(), 1, Integer::sum);
            if (status >= 500) {
                failures.add(operation.id() + " " + generated.shown() + ": " + status);
                return;
            }
            if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(operation.id() + " " + generated.shown() + ": " + status + " without a problem document");
                return;
            }
            // Every status must be declared; a success is checked whole against its schema, a problem by its shape.
            // A path broken into another route (an empty id) is answered by the routing layer: 404 or 405.
            boolean routed = status == 404 || status == 405;
            List<String> wrong = !routed && !operation.spec().path("responses").has(String.valueOf(status))
                    ? List.of("status " + status + " not declared")
                    : status < 300 ? breaches(operation, generated.path(), response)
                    : status >= 400 && PROBLEMS.readTree(response.body()).path("status").asInt() != status
                    ? List.of("problem document with another status") : List.of();
            if (!wrong.isEmpty()) {
                contractBreaches.incrementAndGet();
                failures.add(operation.id() + " " + generated.shown() + ": " + status + " breaks the contract: " + wrong);
            }
        } catch (Exception e) {
            failures.add(operation.id() + " " + generated.shown() + ": no answer: " + e);
        }
    }

    private static final ObjectMapper PROBLEMS = new ObjectMapper();

    /** Invariants the database must hold whatever the API was sent: each query counts violations. */
    private static final Map<String, String> INVARIANTS = Map.of(
            "award and its project in the same edition",
            "SELECT COUNT(*) FROM award a JOIN submission s ON s.id = a.submission_id WHERE s.edition_id <> a.edition_id",
            "projects written by teachers only",
            "SELECT COUNT(*) FROM submission s JOIN account a ON a.id = s.author_id WHERE a.role <> 'TEACHER'",
            "jurors assigned are jurors",
            "SELECT COUNT(*) FROM assignment x JOIN account a ON a.id = x.juror_id WHERE a.role <> 'JURY'",
            "assignment and its project in the same edition",
            "SELECT COUNT(*) FROM assignment x JOIN submission s ON s.id = x.submission_id WHERE s.edition_id <> x.edition_id",
            "every file complete",
            "SELECT COUNT(*) FROM attachment t LEFT JOIN (SELECT attachment_id, SUM(LENGTH(bytes)) n FROM attachment_chunk "
                    + "GROUP BY attachment_id) c ON c.attachment_id = t.id WHERE COALESCE(c.n, 0) <> t.size_bytes",
            "no project submitted to a draft edition",
            "SELECT COUNT(*) FROM submission s JOIN edition e ON e.id = s.edition_id WHERE e.status = 'DRAFT' "
                    + "AND s.status <> 'DRAFT'",
            "certificates only for published editions",
            "SELECT COUNT(*) FROM certificate c JOIN edition e ON e.id = c.edition_id "
                    + "WHERE e.status NOT IN ('PUBLISHED', 'ARCHIVED')",
            "at most one certificate in force per project, and a revoked one says why",
            "SELECT (SELECT COUNT(*) FROM certificate WHERE revoked_at IS NOT NULL AND revocation_reason IS NULL) "
                    + "+ (SELECT COUNT(*) FROM (SELECT submission_id FROM certificate WHERE revoked_at IS NULL "
                    + "GROUP BY submission_id HAVING COUNT(*) > 1) t)",
            "submitted evaluations have a score for every criterion of their edition",
            "SELECT COUNT(*) FROM evaluation v JOIN assignment x ON x.id = v.assignment_id WHERE v.status = 'SUBMITTED' "
                    + "AND (SELECT COUNT(*) FROM evaluation_score s WHERE s.evaluation_id = v.id) "
                    + "< (SELECT COUNT(*) FROM criterion c WHERE c.edition_id = x.edition_id AND c.weight > 0)");

    /** Violations of each invariant (rows other tests wrote straight into the database may already count). */
    private Map<String, Long> violations() {
        Map<String, Long> counts = new TreeMap<>();
        INVARIANTS.forEach((name, sql) -> counts.put(name, fixtures.count(sql)));
        return counts;
    }

    /** The invariants that fuzzing broke: more violations after than before. */
    private List<String> invariantsBroken(Map<String, Long> before) {
        List<String> broken = new ArrayList<>();
        violations().forEach((name, after) -> {
            if (after > before.get(name)) {
                broken.add(name + ": " + before.get(name) + " → " + after);
            }
        });
        return broken;
    }

    private static List<JsonNode> parameters(SchemaFuzzer fuzzer, Operation operation) {
        List<JsonNode> all = new ArrayList<>();
        operation.pathParameters().forEach(p -> all.add(fuzzer.resolve(p)));
        operation.spec().path("parameters").forEach(p -> all.add(fuzzer.resolve(p)));
        return all;
    }

    /** Real ids for the generator to aim at: a project with a file under review, scored by its juror. */
    private Map<String, Object> world() {
        Competition c = fixtures.competitionWithFiles(Map.of(), Fixtures.completeProject("Projet du fuzzing"), "plan.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        User teacher = c.teachers().get(0);
        Map<String, Object> world = new HashMap<>();
        world.put("editionId", c.edition());
        world.put("submissionId", c.projects().get(0));
        world.put("assignmentId", assignment);
        world.put("accountId", teacher.id());
        world.put("attachmentId", api(teacher.token()).get("/api/submissions/{id}", c.projects().get(0)).jsonPath()
                .getLong("attachments[0].id"));
        world.put("teacherToken", teacher.token());
        world.put("jurorToken", juror.token());
        world.put("adminToken", c.admin().token());
        return world;
    }
}
