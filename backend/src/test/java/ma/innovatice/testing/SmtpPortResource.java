package ma.innovatice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the application an SMTP port of its own on this machine; the tests that read mail start a
 * GreenMail server on it ({@link TestSmtp}) and stop it to play an unreachable server.
 */
public class SmtpPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Map.of("innovatice.mail.smtp.port", String.valueOf(socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test SMTP server", e);
        }
    }

    @Override
    public void stop() {
    }
}
