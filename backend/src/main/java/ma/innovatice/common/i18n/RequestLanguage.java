package ma.innovatice.common.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.account.Language;

import java.util.List;

/**
 * The language a request is answered in, for the texts the organisers type (edition, rubric,
 * citations) and for the server's own messages: the {@code lang} query parameter when it is one of
 * fr, ar, en; else the first of those the {@code Accept-Language} header prefers; else French.
 * Every API answer says which it used ({@code Content-Language}) and that it depends on the header
 * ({@code Vary: Accept-Language}), so a shared cache keeps one copy a language.
 */
@ApplicationScoped
public class RequestLanguage {

    /** The routing context key under which the resolved language is kept for the request. */
    static final String KEY = "innovatice.language";

    /** The language of a request from its two inputs; an unknown {@code lang} value is ignored. */
    public static Language resolve(String langParameter, String acceptLanguage) {
        return resolve(langParameter, acceptLanguage, Language.FR);
    }

    /** The same, with {@code fallback} when neither input names one of the three languages. */
    static Language resolve(String langParameter, String acceptLanguage, Language fallback) {
        if (langParameter != null) {
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(langParameter.strip())) {
                    return language;
                }
            }
        }
        return Language.fromHeader(acceptLanguage, fallback);
    }

    /** The language of the request being served (French outside a request, or outside a running application). */
    public static Language current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Language.FR;
        }
        RoutingContext context = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (context == null) {
            return Language.FR;
        }
        Language language = context.get(KEY);
        return language != null ? language : of(context.request());
    }

    /**
     * The language the request being served asks for ({@code lang}, else {@code Accept-Language}), else
     * {@code fallback}: for answers that otherwise follow the signed-in person's preferred language.
     */
    public static Language current(Language fallback) {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return fallback;
        }
        RoutingContext context = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return context == null ? fallback : of(context.request(), fallback);
    }

    /** The language of a request seen at the HTTP layer, before (or without) the REST layer. */
    public static Language of(RoutingContext context) {
        Language language = context.get(KEY);
        return language != null ? language : of(context.request());
    }

    static Language of(HttpServerRequest request) {
        return of(request, Language.FR);
    }

    private static Language of(HttpServerRequest request, Language fallback) {
        String lang;
        try {
            List<String> values = request.params().getAll("lang");
            lang = values.isEmpty() ? null : values.get(0);
        } catch (IllegalArgumentException malformedQuery) {
            lang = null;
        }
        return resolve(lang, request.getHeader("Accept-Language"), fallback);
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-900).handler(context -> {
            Language language = of(context.request());
            context.put(KEY, language);
            context.addHeadersEndHandler(ignored -> {
                context.response().headers().set("Content-Language", language.code());
                context.response().headers().add("Vary", "Accept-Language");
            });
            context.next();
        });
    }
}
