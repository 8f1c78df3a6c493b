package ma.innovatice.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.innovatice.common.config.InnovaticeConfig;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;

/**
 * The operator's identity for the web client (logo, organiser), read once from the configuration.
 * A logo address that is not https, a path on this site or an image data URL is ignored (and said so
 * in the log), so a mistyped setting never puts a script address or a plain-http image in the header.
 */
@ApplicationScoped
public class Branding {

    private static final Logger LOG = Logger.getLogger(Branding.class);

    /** The image's address and its text alternative, or none; the organiser, or none. */
    public record BrandingView(Logo logo, String organiser) {
    }

    public record Logo(String url, String alt) {
    }

    private final BrandingView view;

    @Inject
    Branding(InnovaticeConfig config) {
        this(config.brand().logoUrl(), config.brand().logoAlt(), config.brand().organiser());
    }

    Branding(Optional<String> logoUrl, Optional<String> logoAlt, Optional<String> organiser) {
        String organiserName = text(organiser);
        String url = text(logoUrl);
        Logo logo = null;
        if (url != null) {
            if (acceptable(url)) {
                String alt = text(logoAlt);
                logo = new Logo(url, alt != null ? alt : organiserName != null ? organiserName : "");
            } else {
                LOG.warn("INNOVATICE_BRAND_LOGO_URL ignored: an https address, a path starting with / or a data:image/ URL is expected");
            }
        }
        this.view = new BrandingView(logo, organiserName);
    }

    private static String text(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    static boolean acceptable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.length() <= 100_000 && (lower.startsWith("https://") || (lower.startsWith("/") && !lower.startsWith("//"))
                || lower.startsWith("data:image/"));
    }

    BrandingView view() {
        return view;
    }
}
