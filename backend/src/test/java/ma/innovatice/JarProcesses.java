package ma.innovatice;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** What the tests that start the packaged jar share: a free port, and waiting for a started process to be ready. */
final class JarProcesses {

    private JarProcesses() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Until the process answers ready on {@code port}; fails with its log if it exits or is not ready within 6 minutes. */
    static void awaitReady(Process process, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // A shared, loaded machine (a CI runner, or several builds at once) can take minutes to unpack and start the database.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited early:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not become ready:\n" + Files.readString(log));
    }
}
