package ma.innovatice.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.config.InnovaticeConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the web client under the configured public URL, for emails and certificates. */
@ApplicationScoped
public class ClientLinks {

    private final String base;

    ClientLinks(InnovaticeConfig config) {
        String url = config.publicUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String login() {
        return base + "/login";
    }

    public String profile() {
        return base + "/profile";
    }

    public String setPassword(String token) {
        return base + "/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The page that confirms a registered teacher's address and signs them in. */
    public String confirmEmail(String token) {
        return base + "/confirm-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The page where one asks for a password-reset link. */
    public String forgotPassword() {
        return base + "/forgot-password";
    }

    public String submission(long id) {
        return base + "/my/submissions/" + id;
    }

    public String jury() {
        return base + "/jury";
    }

    /** The administration's page of the jurors of an edition: assignments, progress and conflicts. */
    public String editionAssignment(long editionId) {
        return base + "/admin/editions/" + editionId + "/assignment";
    }

    /** The public page that checks a certificate (its QR code leads there). */
    public String verify(String code) {
        return base + "/verify/" + code;
    }
}
