package ma.innovatice.notification;

import ma.innovatice.account.Language;
import ma.innovatice.common.text.CompetitionName;

import java.util.ArrayList;
import java.util.List;

/**
 * An email written once and rendered twice: a plain-text part and an HTML part (right to left in
 * Arabic). Every piece of text is escaped in the HTML; links are shown in full in the text part.
 * What people typed (names, titles, schools, reasons, venues) is set in a sentence through
 * {@link #isolate}: the text part keeps the isolates (FSI … PDI), the HTML part turns them into
 * {@code <bdi>}, so a French title inside an Arabic sentence keeps its punctuation and place.
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

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    /**
     * A typed text to set inside a sentence, isolated line by line (a line break ends an isolate), its
     * own isolate and embedding marks dropped so that it cannot leave one open; null gives "".
     */
    static String isolate(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.replaceAll("[\u202A-\u202E\u2066-\u2069]", "").replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(clean.length() + 8);
        String[] lines = clean.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isBlank()) {
                out.append(FSI).append(lines[i]).append(PDI);
            }
        }
        return out.toString();
    }

    /** A paragraph; an empty one is left out. */
    Letter paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        blocks.add(new String[] {"p", text});
        return this;
    }

    /** A highlighted typed line, such as a project's title (isolated here). */
    Letter quote(String typed) {
        blocks.add(new String[] {"q", isolate(typed)});
        return this;
    }

    /**
     * A paragraph that is all typed text (a summary): its lines and paragraphs kept, each isolated, its
     * direction in the HTML part found from its own first letter; an empty one is left out.
     */
    Letter typed(String typed) {
        if (typed == null || typed.isBlank()) {
            return this;
        }
        blocks.add(new String[] {"t", isolate(typed.strip())});
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
        out.append(signature()).append('\n');
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
                case "q" -> out.append("<p style=\"font-weight: bold;\">").append(html(block[1])).append("</p>\n");
                case "t" -> out.append("<p dir=\"auto\">").append(html(block[1]).replace("\n", "<br>\n")).append("</p>\n");
                case "a" -> out.append("<p><a href=\"").append(escape(block[2])).append("\" style=\"display: inline-block; ")
                        .append("padding: 8px 16px; background: #0b5394; color: #ffffff; text-decoration: none; ")
                        .append("border-radius: 4px;\">").append(html(block[1])).append("</a></p>\n")
                        .append("<p style=\"font-size: 12px; color: #667085;\" dir=\"ltr\">").append(escape(block[2]))
                        .append("</p>\n");
                case "f" -> out.append("<hr>\n<p style=\"font-size: 12px; color: #667085;\">").append(html(block[1]))
                        .append("</p>\n");
                default -> out.append("<p>").append(html(block[1]).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.append("<p style=\"font-size: 12px; color: #667085;\">").append(escape(signature())).append("</p>\n")
                .append("</body>\n</html>\n").toString();
    }

    /** The last line: the competition's name in the email's language (its one Arabic name). */
    private String signature() {
        return "InnovaTICE — " + (language == Language.AR ? CompetitionName.AR : CompetitionName.FR);
    }

    /** Escaped text whose isolates become {@code <bdi>} elements. */
    private static String html(String text) {
        return escape(text).replace(String.valueOf(FSI), "<bdi>").replace(String.valueOf(PDI), "</bdi>");
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
