package ma.innovatice.notification;

import ma.innovatice.account.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * An email written once and rendered twice: a plain-text part and an HTML part (right to left in
 * Arabic). Every piece of text is escaped in the HTML; links are shown in full in the text part.
 */
final class Letter {

    private final Language language;
    private final String subject;
    private final List<String[]> blocks = new ArrayList<>();

    private Letter(Language language, String subject) {
        this.language = language;
        this.subject = subject;
    }

    static Letter of(Language language, String subject) {
        return new Letter(language, subject);
    }

    /** A paragraph; an empty one is left out. */
    Letter paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        blocks.add(new String[] {"p", text});
        return this;
    }

    /** A highlighted line, such as a project's title. */
    Letter quote(String text) {
        blocks.add(new String[] {"q", text});
        return this;
    }

    Letter link(String label, String url) {
        blocks.add(new String[] {"a", label, url});
        return this;
    }

    /** Small print at the end (why this email, how to stop reminders). */
    Letter footer(String text) {
        blocks.add(new String[] {"f", text});
        return this;
    }

    Rendered render() {
        return new Rendered(subject, text(), html());
    }

    /** What the outbox stores. */
    record Rendered(String subject, String text, String html) {
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        for (String[] block : blocks) {
            switch (block[0]) {
                case "q" -> out.append("« ").append(block[1]).append(" »");
                case "a" -> out.append(block[1]).append(" :\n").append(block[2]);
                case "f" -> out.append("--\n").append(block[1]);
                default -> out.append(block[1]);
            }
            out.append("\n\n");
        }
        out.append("InnovaTICE — Enseignants Innovants\n");
        return out.toString();
    }

    private String html() {
        boolean rtl = language == Language.AR;
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.code())
                .append("\" dir=\"").append(rtl ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"font-family: Arial, 'DejaVu Sans', sans-serif; line-height: 1.5; color: #1d2939; ")
                .append("text-align: ").append(rtl ? "right" : "left").append(";\">\n");
        for (String[] block : blocks) {
            switch (block[0]) {
                case "q" -> out.append("<p style=\"font-weight: bold;\">").append(escape(block[1])).append("</p>\n");
                case "a" -> out.append("<p><a href=\"").append(escape(block[2])).append("\" style=\"display: inline-block; ")
                        .append("padding: 8px 16px; background: #0b5394; color: #ffffff; text-decoration: none; ")
                        .append("border-radius: 4px;\">").append(escape(block[1])).append("</a></p>\n")
                        .append("<p style=\"font-size: 12px; color: #667085;\" dir=\"ltr\">").append(escape(block[2]))
                        .append("</p>\n");
                case "f" -> out.append("<hr>\n<p style=\"font-size: 12px; color: #667085;\">").append(escape(block[1]))
                        .append("</p>\n");
                default -> out.append("<p>").append(escape(block[1]).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.append("<p style=\"font-size: 12px; color: #667085;\">InnovaTICE — Enseignants Innovants</p>\n")
                .append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
