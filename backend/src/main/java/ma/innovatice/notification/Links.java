package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.config.InnovaticeConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the web client that emails point to, under the configured public URL. */
@ApplicationScoped
class Links {

    private final String base;

    Links(InnovaticeConfig config) {
        String url = config.publicUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String login() {
        return base + "/login";
    }

    String profile() {
        return base + "/profile";
    }

    String setPassword(String token) {
        return base + "/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    String submission(long id) {
        return base + "/my/submissions/" + id;
    }

    String jury() {
        return base + "/jury";
    }
}
