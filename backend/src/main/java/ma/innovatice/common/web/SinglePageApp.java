package ma.innovatice.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the web client's index.html for its own routes (any GET outside /api and /q whose last
 * segment has no file extension), so that a client-side route survives a reload. The built client
 * is packaged under META-INF/resources; without it, those paths answer 404 as before.
 */
@ApplicationScoped
public class SinglePageApp {

    static final String CLIENT_ROUTES = "^/(?!api(/|$)|q(/|$))[^.]*$";

    private final byte[] index = load();

    void install(@Observes Router router) {
        if (index == null) {
            return;
        }
        router.getWithRegex(CLIENT_ROUTES).order(-100).handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(io.vertx.core.buffer.Buffer.buffer(index)));
    }

    private static byte[] load() {
        try (InputStream in = SinglePageApp.class.getClassLoader().getResourceAsStream("META-INF/resources/index.html")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web client's index.html", e);
        }
    }
}
