package ma.innovatice.common.web;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.account.Language;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.i18n.ServerMessages;
import org.jboss.logging.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What a client may send and for how long, decided before any worker thread is involved.
 *
 * <ul>
 *   <li>Every request body except an evidence upload is read whole on the network thread, up to
 *       {@code innovatice.http.max-json-body} (larger, declared or not: 413), so a slow or huge
 *       JSON body never holds a worker thread and never fills the heap.</li>
 *   <li>The upload route takes large multipart bodies (written to temporary files by the HTTP
 *       layer) only from a caller whose bearer token verifies, and only up to the upload limit.</li>
 *   <li>Each body must arrive whole within a deadline (JSON and uploads have their own); past it the
 *       request gets 408 and its connection is closed.</li>
 *   <li>One client address may have at most {@code max-bodies-per-address} requests still sending
 *       a body at once; more get 429 and are closed.</li>
 * </ul>
 * Every refusal is an {@code application/problem+json} document.
 */
@ApplicationScoped
public class RequestBodies {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class);
    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/submissions/[^/]+/attachments/?");

    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final long jsonTimeoutMillis;
    private final long uploadTimeoutMillis;
    private final int maxBodiesPerAddress;
    private final JWTParser tokens;
    private final Vertx vertx;
    /** Requests still receiving a body, per client address; an address leaves the map at zero. */
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    RequestBodies(InnovaticeConfig config, JWTParser tokens, Vertx vertx) {
        this.maxJsonBytes = config.http().maxJsonBody().asLongValue();
        this.maxUploadBytes = config.uploads().maxRequestSize().asLongValue();
        this.jsonTimeoutMillis = Math.max(1, config.http().bodyTimeout().toMillis());
        this.uploadTimeoutMillis = Math.max(1, config.http().uploadTimeout().toMillis());
        this.maxBodiesPerAddress = config.http().maxBodiesPerAddress();
        this.tokens = tokens;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        BodyHandler json = BodyHandler.create(false).setBodyLimit(maxJsonBytes).setPreallocateBodyBuffer(false);
        router.route().order(-200).handler(this::admit).failureHandler(this::refused);
        router.route().order(-199).handler(context -> {
            if (hasBody(context.request()) && !isUpload(context)) {
                // Quarkus pauses each request until a handler wants its body.
                context.request().resume();
                json.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(this::refused);
    }

    /** Number of client addresses that have a body still arriving (for tests and the soak report). */
    public int addressesSending() {
        return open.size();
    }

    private void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!hasBody(request)) {
            context.next();
            return;
        }
        boolean upload = isUpload(context);
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = upload ? maxUploadBytes : maxJsonBytes;
        if (declared != null && isOver(declared, limit)) {
            refuse(context, 413, "payload-too-large", "Payload too large",
                    "The request body has " + declared.trim() + " bytes; at most " + limit + " are accepted here.");
            return;
        }
        if (upload && !verifiedBearer(request)) {
            refuse(context, 401, "unauthorized", "Unauthorized",
                    "Uploading evidence needs a valid bearer token, sent before the files.");
            return;
        }
        String address = address(request);
        AtomicInteger count = open.compute(address, (k, v) -> {
            AtomicInteger c = v == null ? new AtomicInteger() : v;
            c.incrementAndGet();
            return c;
        });
        if (count.get() > maxBodiesPerAddress) {
            release(address);
            refuse(context, 429, "too-many-requests", "Too many requests",
                    "Too many requests from this address are still sending their bodies; try again shortly.");
            return;
        }
        long timeout = upload ? uploadTimeoutMillis : jsonTimeoutMillis;
        // Both run on this request's event loop: no lock is needed for the flag.
        boolean[] released = new boolean[1];
        long timer = vertx.setTimer(timeout, id -> {
            if (!request.isEnded() && !context.response().ended()) {
                LOG.debugf("%s %s: body not received within %d ms, closing", request.method(), request.path(), timeout);
                refuse(context, 408, "request-timeout", "Request timeout",
                        "The request body did not arrive within " + (timeout / 1000) + " seconds.");
            }
            if (!released[0]) {
                released[0] = true;
                release(address);
            }
        });
        context.addEndHandler(ignored -> {
            if (!released[0]) {
                released[0] = true;
                vertx.cancelTimer(timer);
                release(address);
            }
        });
        context.next();
    }

    private void release(String address) {
        open.computeIfPresent(address, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }

    /** A failure of the body handler (too large) as a problem; other failures go on to Quarkus. */
    private void refused(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context, 413, "payload-too-large", "Payload too large",
                    "The request body is over " + maxJsonBytes + " bytes, the most accepted here.");
        } else {
            context.next();
        }
    }

    private boolean verifiedBearer(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 8 || header.length() > 8192
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        try {
            tokens.parse(header.substring(7).trim());
            return true;
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    /** A body is announced by a length other than zero or by a transfer encoding, whatever the method. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0")) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean isUpload(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && UPLOAD_PATH.matcher(context.normalizedPath()).matches();
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A path as text inside a JSON string: quotes, backslashes and control characters dropped. */
    private static String jsonSafe(String text) {
        StringBuilder safe = new StringBuilder(Math.min(text.length(), 2048));
        for (int i = 0; i < text.length() && safe.length() < 2048; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail) {
        if (context.response().headWritten()) {
            context.request().connection().close();
            return;
        }
        // In the request's language, as every problem (see ProblemMappers).
        Language language = RequestLanguage.of(context);
        String localizedTitle = jsonSafe(ServerMessages.get().title(type, title, language));
        String localizedDetail = jsonSafe(ServerMessages.get().text(detail, language));
        String body = "{\"type\":\"https://innovatice.ma/problems/" + type + "\",\"title\":\"" + localizedTitle + "\",\"status\":" + status
                + ",\"detail\":\"" + localizedDetail + "\",\"instance\":\"" + jsonSafe(context.request().path()) + "\"}";
        var sent = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
        // A slow or surplus sender is dropped at once; a refused large body is left to the
        // "Connection: close" above, so that its client can read the answer while still sending.
        if (status == 408 || status == 429) {
            sent.onComplete(ignored -> context.request().connection().close());
        }
    }
}
