package ma.innovatice.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared length is over the request limit before any of it is read,
 * with a 413 problem document. (A body without a declared length that grows past the server's
 * own cut-off, just above, is still cut with a bare 413.)
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;

    RequestSizeLimit(@ConfigProperty(name = "innovatice.uploads.max-request-size") MemorySize maxRequestSize) {
        this.maxBytes = maxRequestSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-200).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared)) {
                String body = "{\"type\":\"https://innovatice.ma/problems/payload-too-large\",\"title\":\"Payload too large\","
                        + "\"status\":413,\"detail\":\"The request body has " + declared.trim() + " bytes; at most " + maxBytes
                        + " are accepted.\",\"instance\":\"" + context.request().path().replace("\"", "") + "\"}";
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        });
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
