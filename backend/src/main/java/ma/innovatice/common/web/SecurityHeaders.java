package ma.innovatice.common.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.config.InnovaticeConfig;

import java.util.regex.Pattern;

/**
 * Hardening headers on every answer, of the API and of the web client alike: a Content Security
 * Policy without inline scripts, no MIME sniffing, no framing, no referrer leaking to other sites,
 * and no server banner. Swagger UI's page initialises itself with an inline script, so its own
 * pages (under /q/swagger-ui only) get a policy that allows it. A public gallery file
 * ({@code /api/gallery/{id}/files/{id}}) is shown in a frame of this site's pages, so it may be
 * framed by this origin only, and runs in a sandbox with nothing to load.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String GALLERY_FILE_POLICY = "sandbox; default-src 'none'; img-src 'self'; "
            + "style-src 'unsafe-inline'; frame-ancestors 'self'";

    private static final Pattern GALLERY_FILE = Pattern.compile("/api/gallery/[0-9]+/files/[0-9]+");

    private final String policy;

    SecurityHeaders(InnovaticeConfig config) {
        this.policy = config.http().contentSecurityPolicy();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                boolean galleryFile = GALLERY_FILE.matcher(path).matches();
                headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY
                        : galleryFile ? GALLERY_FILE_POLICY : policy);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", galleryFile ? "SAMEORIGIN" : "DENY");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                headers.remove("Server");
                headers.remove("X-Powered-By");
            });
            context.next();
        });
    }
}
