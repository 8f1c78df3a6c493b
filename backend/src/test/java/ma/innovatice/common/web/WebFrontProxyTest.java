package ma.innovatice.common.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker Compose deployment without Docker: Debian's nginx runs the web service's own
 * {@code frontend/nginx.conf} (only its port, folder and upstream changed) in front of the API,
 * which trusts forwarding headers from the proxy's address only, as docker-compose.yml sets it.
 * Clients on loopback aliases (127.0.0.2, 127.0.0.3, ...) stand for different people.
 *
 * <p>The attacks: a client that writes its own X-Forwarded-For, through the proxy or straight to
 * the API, to get a fresh per-address login counter with every request; and the proxy's locations
 * that would drop the hardening headers.
 */
@QuarkusTest
@TestProfile(WebFrontProxyTest.BehindTheWebFront.class)
class WebFrontProxyTest {

    /** The API as the compose file configures it, with a small per-address login limit. */
    public static class BehindTheWebFront implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "innovatice.login.max-failures-per-address", String.valueOf(ADDRESS_LIMIT),
                    "innovatice.login.max-failures-per-account", "1000");
        }
    }

    private static final int ADDRESS_LIMIT = 3;
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "web-front-proxy").toAbsolutePath();

    private static Process nginx;
    private static int nginxPort;

    @TestHTTPResource("/")
    URL api;

    @BeforeEach
    void startTheWebFront() throws Exception {
        if (nginx != null && nginx.isAlive()) {
            return;
        }
        assertThat(NGINX).as("Debian's nginx runs the web front in this test: apt-get install nginx").isExecutable();
        if (Files.exists(WORK)) {
            try (Stream<Path> files = Files.walk(WORK)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path html = Files.createDirectories(WORK.resolve("html/assets"));
        for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(WORK.resolve("temp").resolve(temp));
        }
        Files.writeString(WORK.resolve("html/index.html"), "<!doctype html><title>InnovaTICE</title><div id=root></div>");
        Files.writeString(html.resolve("app-1234.js"), "console.log('InnovaTICE');");
        Files.copy(FRONTEND.resolve("nginx-security-headers.conf"), WORK.resolve("nginx-security-headers.conf"));
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nginxPort = free.getLocalPort();
        }
        // The web service's configuration, changed only where the test machine differs from the image.
        String site = Files.readString(FRONTEND.resolve("nginx.conf"));
        site = replaceOnce(site, "listen 80;", "listen 127.0.0.1:" + nginxPort + ";");
        site = replaceOnce(site, "root /usr/share/nginx/html;", "root " + WORK.resolve("html") + ";");
        Files.writeString(WORK.resolve("site.conf"), site);
        // The API process list the site includes, in place of the image's nginx-upstream.conf.
        Files.writeString(WORK.resolve("nginx-upstream.conf"),
                "upstream innovatice_api { server 127.0.0.1:" + api.getPort() + "; }\n");
        Path temp = WORK.resolve("temp");
        Files.writeString(WORK.resolve("nginx.conf"), String.join("\n",
                "daemon off;", "master_process off;", "worker_processes 1;",
                "pid " + WORK.resolve("nginx.pid") + ";", "error_log " + WORK.resolve("error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  types { text/html html; application/javascript js; }",
                "  default_type application/octet-stream;",
                "  access_log off;",
                "  client_body_temp_path " + temp.resolve("body") + ";",
                "  proxy_temp_path " + temp.resolve("proxy") + ";",
                "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                "  scgi_temp_path " + temp.resolve("scgi") + ";",
                "  include " + WORK.resolve("site.conf") + ";",
                "}", ""));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", WORK.toString(), "-e", WORK.resolve("error.log").toString(),
                "-c", WORK.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("nginx.out").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), nginxPort)) {
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nginx did not start: " + Files.readString(WORK.resolve("nginx.out"))
                            + (Files.exists(WORK.resolve("error.log")) ? Files.readString(WORK.resolve("error.log")) : ""));
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stopTheWebFront() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    @Test
    void shouldCountLoginsThroughTheWebFrontByTheRealClientAddressWhateverItForwards() throws Exception {
        // One person at 127.0.0.2 writes a different X-Forwarded-For each time: one counter all the same.
        for (int i = 1; i <= ADDRESS_LIMIT; i++) {
            Answer failed = failedLogin("127.0.0.2", nginxPort, "10.9.8." + i);
            assertThat(failed.status()).as(failed.toString()).isEqualTo(401);
        }
        Answer refused = failedLogin("127.0.0.2", nginxPort, "1.2.3.4");
        assertThat(refused.status()).as("a forged X-Forwarded-For does not reset the count: " + refused).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        Answer appended = failedLogin("127.0.0.2", nginxPort, "1.2.3.4, 5.6.7.8");
        assertThat(appended.status()).as(appended.toString()).isEqualTo(429);

        // Another person at 127.0.0.3, even forging the first one's address, has a counter of their own:
        // the API does not count everyone as the proxy's address either.
        for (String forged : List.of("127.0.0.2", "1.2.3.4")) {
            Answer other = failedLogin("127.0.0.3", nginxPort, forged);
            assertThat(other.status()).as(other.toString()).isEqualTo(401);
        }
        ReliabilityReport.write("proxy", "Client address behind the web front (Debian's nginx with frontend/nginx.conf)", List.of(
                ADDRESS_LIMIT + " failed logins from 127.0.0.2 through nginx, each with another forged X-Forwarded-For: "
                        + "the next is refused (429) as the same address",
                "127.0.0.3 through nginx forging 127.0.0.2 and 1.2.3.4: counted on its own (401)",
                "straight to the API from a non-proxy address: X-Forwarded-For ignored (trusted proxies: 127.0.0.1)",
                "index, asset, SPA route, /api answer, /q tool and nginx's own 404: one CSP (object-src, base-uri, "
                        + "form-action, frame-ancestors), nosniff, DENY, Referrer-Policy each"));
    }

    @Test
    void shouldIgnoreForwardedAddressesSentStraightToTheApiByANonProxyAddress() throws Exception {
        for (int i = 1; i <= ADDRESS_LIMIT; i++) {
            Answer failed = failedLogin("127.0.0.4", api.getPort(), "10.7.6." + i);
            assertThat(failed.status()).as(failed.toString()).isEqualTo(401);
        }
        Answer refused = failedLogin("127.0.0.4", api.getPort(), "1.2.3.5");
        assertThat(refused.status()).as("X-Forwarded-For from 127.0.0.4 (not a trusted proxy) is ignored: " + refused)
                .isEqualTo(429);
        // The proxy's own address forwards: its clients are not counted as the proxy.
        Answer proxied = failedLogin("127.0.0.1", api.getPort(), "10.7.6.200");
        assertThat(proxied.status()).as(proxied.toString()).isEqualTo(401);
    }

    @Test
    void shouldSendTheHardeningHeadersFromEveryLocation() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("index", get("/"));
        answers.put("asset", get("/assets/app-1234.js"));
        answers.put("missing asset (nginx's own 404)", get("/assets/missing.js"));
        answers.put("SPA route", get("/teacher/submissions"));
        answers.put("API answer", get("/api/editions"));
        answers.put("API problem", get("/api/me"));
        answers.put("API tool", get("/q/openapi"));
        assertThat(answers.get("index").status()).isEqualTo(200);
        assertThat(answers.get("asset").status()).isEqualTo(200);
        assertThat(answers.get("asset").header("Cache-Control")).contains("immutable");
        assertThat(answers.get("missing asset (nginx's own 404)").status()).isEqualTo(404);
        assertThat(answers.get("SPA route").status()).isEqualTo(200);
        assertThat(answers.get("SPA route").body()).contains("<div id=root>");
        assertThat(answers.get("API answer").status()).isEqualTo(200);
        assertThat(answers.get("API problem").status()).isEqualTo(401);
        assertThat(answers.get("API tool").status()).isEqualTo(200);
        answers.forEach((what, answer) -> {
            assertThat(answer.all("Content-Security-Policy")).as(what + ": " + answer).hasSize(1);
            assertThat(answer.header("Content-Security-Policy")).as(what)
                    .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'self'",
                            "form-action 'self'", "frame-ancestors 'none'", "frame-src 'self' blob:;");
            assertThat(answer.all("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(answer.all("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(answer.all("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
            assertThat(answer.header("Server")).as(what).isIn(null, "nginx");
        });
        // A public gallery file may be framed by the site's own pages (the gallery shows images and PDFs in the
        // page), in a sandbox: the API's policy and SAMEORIGIN come through, once each.
        Answer galleryFile = get("/api/gallery/999999999/files/1");
        assertThat(galleryFile.status()).isEqualTo(404);
        assertThat(galleryFile.all("Content-Security-Policy")).hasSize(1);
        assertThat(galleryFile.header("Content-Security-Policy")).startsWith("sandbox;").contains("frame-ancestors 'self'");
        assertThat(galleryFile.all("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(galleryFile.all("X-Content-Type-Options")).containsExactly("nosniff");
        // Swagger UI's pages keep the API's own policy (its inline start-up script), still with the rest.
        Answer swagger = get("/q/swagger-ui/");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.all("Content-Security-Policy")).hasSize(1);
        assertThat(swagger.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
    }

    private Answer failedLogin(String from, int port, String forwardedFor) throws IOException {
        String body = "{\"email\":\"nobody-" + UUID.randomUUID() + "@proxy.test.innovatice.ma\",\"password\":\"wrong-password-1\"}";
        return exchange(from, port, "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nX-Forwarded-For: " + forwardedFor
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
    }

    private Answer get(String path) throws IOException {
        return exchange("127.0.0.5", nginxPort, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + nginxPort
                + "\r\nConnection: close\r\n\r\n");
    }

    /** One request on a connection made from the given loopback alias; the answer read to its end. */
    private static Answer exchange(String from, int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(20_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
                if (read.size() > 4 * 1024 * 1024) {
                    break;
                }
            }
            return Answer.parse(read.toString(StandardCharsets.UTF_8));
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertThat(at).as("frontend/nginx.conf holds '" + target + "' once").isNotNegative();
        assertThat(text.indexOf(target, at + 1)).as("frontend/nginx.conf holds '" + target + "' once").isNegative();
        return text.replace(target, replacement);
    }

    private record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String[] lines = head.split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : raw.substring(end + 4));
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }
}
