package ma.innovatice.reliability;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import ma.innovatice.award.PublicPagesCache;
import ma.innovatice.award.PublicPagesChanged;
import ma.innovatice.common.time.MoroccoTimeZone;
import ma.innovatice.common.web.RequestBodies;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one anonymous client on the loopback could do to stop the site, each attack bounded in size
 * and time: slow bodies holding the worker threads, huge JSON bodies, anonymous uploads, and many
 * distinct public pages filling the heap. After each, an ordinary request is answered at once.
 */
@QuarkusTest
class HostileClientTest {

    /** More than the 200 worker threads the slow bodies used to hold. */
    private static final int SLOW_CONNECTIONS = 260;
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestBodies bodies;

    @Inject
    PublicPagesCache publicPages;

    @Inject
    MoroccoTimeZone timeZone;

    @Inject
    Event<PublicPagesChanged> changed;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void slowBodiesHoldNoWorkerAndAreCutAtTheirDeadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            // An ordinary visitor (another address) logs in meanwhile: answered, not queued behind them.
            long started = System.nanoTime();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.toURI().resolve("/api/auth/login"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "10.20.30.40")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"nobody@example.ma\",\"password\":\"wrong-password-1\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(client.send(HttpRequest.newBuilder(base.toURI().resolve("/q/health/ready")).timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            // Every slow connection is answered (429 past the per-address bound, 408 at the deadline) and closed.
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Socket socket : slow) {
                statuses.merge(statusOf(socket), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).containsOnly(408, 429);
            assertThat(statuses.get(408)).isLessThanOrEqualTo(64);
            assertThat(bodies.addressesSending()).isZero();
            REPORT.add(SLOW_CONNECTIONS + " connections sending a login body one byte at a time: an ordinary login answered in "
                    + waited + " ms meanwhile; the slow ones got " + statuses + " and were closed");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void hugeJsonBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        // Declared: refused from the headers alone.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/auth/register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("payload-too-large");
        }
        // Not declared (chunked): cut as soon as it passes the JSON limit.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAnswer(socket));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("2000\r\n" + "a".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            int sent = 0;
            try {
                for (; sent < 4_000 && !answer.isDone(); sent++) {
                    out.write(chunk);
                }
            } catch (IOException closedByServer) {
                // Expected once the server has answered and closed.
            }
            String text = answer.get(10, TimeUnit.SECONDS);
            assertThat(text).startsWith("HTTP/1.1 413").contains("application/problem+json");
            assertThat((long) sent * 0x2000).isLessThan(32L * 1024 * 1024);
            REPORT.add("JSON bodies of 200 MB declared, and chunked without a length: 413 problem, the chunked one cut after "
                    + sent * 8 + " KB of the 32 MB sent at most");
        }
    }

    @Test
    void uploadsAreReadOnlyForAVerifiedToken() throws Exception {
        for (String authorization : new String[] {null, "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /api/submissions/1/attachments HTTP/1.1\r\nHost: localhost\r\n"
                        + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                        + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 5000000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = readAnswer(socket);
                assertThat(answer).startsWith("HTTP/1.1 401").contains("application/problem+json");
            }
        }
        REPORT.add("anonymous and forged-token uploads of 5 MB: 401 problem before any byte of the body is read");
    }

    @Test
    void distinctPublicPagesCannotFillTheHeap() throws Exception {
        String[] regions = {"MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08", "MA-09", "MA-10"};
        int requests = 1_000;
        for (int i = 0; i < requests; i++) {
            String query = "/api/laureates?page=" + (i / 10) + "&size=" + (1 + i % 100) + "&region=" + regions[i % regions.length];
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.toURI().resolve(query))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
        long bound = 64 * 1024;
        assertThat(publicPages.weight()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(publicPages.size()).isLessThan(requests);
        REPORT.add(requests + " anonymous laureate pages with distinct filters: " + publicPages.size() + " kept, "
                + publicPages.weight() + " bytes of the " + bound + " allowed in tests (16 MB by default)");
    }

    @Test
    void anyLanguageAskedForKeepsAtMostThreeCopiesOfAPublicPage() throws Exception {
        String page = "/api/laureates?page=0&size=7&region=MA-04";
        changed.fire(new PublicPagesChanged("a test starts from an empty cache"));
        long before = publicPages.size();
        int requests = 300;
        for (int i = 0; i < requests; i++) {
            // Made-up languages, in the header and in the parameter, and the three real ones now and then.
            String asked = i % 50 == 0 ? new String[] {"fr", "ar", "en"}[(i / 50) % 3] : "x" + i + "-" + Integer.toString(i * 7919, 36);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.toURI().resolve(page + "&lang=" + asked))
                    .header("Accept-Language", asked + ", zz-" + i + ";q=0.9").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Language")).get().isIn("fr", "ar", "en");
        }
        assertThat(before).isZero();
        assertThat(publicPages.size()).isBetween(1L, 3L);
        REPORT.add(requests + " requests for one laureates page, each asking for another made-up language: "
                + publicPages.size() + " copies kept (one per language served, at most fr, ar, en)");
    }

    @Test
    void theTimeZoneAnswerIsWorkedOutOnceWhateverTheRequest() throws Exception {
        Object first = timeZone.current();
        String body = null;
        int requests = 300;
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.toURI().resolve("/api/time-zone?from=" + i + "&lang=x" + i))
                    .header("Accept-Language", "q" + i).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            if (body == null) {
                body = answer.body();
            }
            assertThat(answer.body()).isEqualTo(body);
        }
        assertThat(timeZone.current()).isSameAs(first);
        REPORT.add(requests + " anonymous requests for Morocco's offsets with varied parameters and headers: one answer of "
                + body.length() + " bytes, worked out once for the year");
    }

    @AfterAll
    static void report() {
        ReliabilityReport.write("attack-http", "Attack: hostile HTTP clients", REPORT);
    }

    private static int statusOf(Socket socket) {
        String answer = readAnswer(socket);
        if (!answer.startsWith("HTTP/1.1 ")) {
            return -1;
        }
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** What the server sends until it closes the connection (or 15 s pass). */
    private static String readAnswer(Socket socket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; bytes.size() < 64_000 && (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // Whatever arrived is the answer.
        } catch (IOException e) {
            // Reset after the answer: keep what was read.
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static URI uri(URL url) {
        return URI.create(url.toString());
    }
}
