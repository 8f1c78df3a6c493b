package ma.innovatice.common.i18n;

import ma.innovatice.account.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own messages (problem titles, details, field messages) in French, Arabic and
 * English, read from {@code i18n/server-messages.txt} (UTF-8, the three languages of a message side
 * by side, so that none drifts away from the others).
 *
 * <p>The code writes its messages in English; this catalogue recognises each English message by its
 * pattern, where {@code {name}} stands for a varying part (a number, a name, a status), and writes it
 * again in the requested language with the same varying parts. A varying part is itself translated
 * when the catalogue knows it: as a term ({@code [term name VALUE]}, such as a status code) or as a
 * message of its own (such as "Edition 22" inside "Edition 22 does not exist."). A message the
 * catalogue does not know is answered as written: English is the fallback.
 *
 * <p>The file has three kinds of blocks, each a header line and {@code lang = text} lines:
 * <pre>
 * [title not-found]          the title of the problems of type .../not-found
 * [text]                     a detail or field message: en is the pattern, fr and ar its translations
 * [term status OPEN]         the value OPEN of a {status} part
 * </pre>
 */
public final class ServerMessages {

    public static final String RESOURCE = "i18n/server-messages.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final int MAX_DEPTH = 3;
    private static final ServerMessages INSTANCE = load();

    /** One block of the file: its header and its texts by language. */
    public record Entry(String kind, String key, Map<Language, String> texts, int line) {
    }

    private record Text(Entry entry, Pattern pattern, List<String> names, int literalLength) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> titles = new HashMap<>();
    private final Map<String, Entry> terms = new HashMap<>();
    private final List<Text> texts = new ArrayList<>();

    ServerMessages(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            switch (entry.kind()) {
                case "title" -> titles.put(entry.key(), entry);
                case "term" -> terms.put(entry.key(), entry);
                default -> texts.add(compile(entry));
            }
        }
    }

    public static ServerMessages get() {
        return INSTANCE;
    }

    /** Every block of the catalogue, in the order of the file. */
    public List<Entry> entries() {
        return entries;
    }

    /** The title of a problem type in a language: the catalogue's, else the English one given. */
    public String title(String slug, String english, Language language) {
        Entry entry = titles.get(slug);
        String text = entry == null ? null : entry.texts().get(language);
        return text != null ? text : english;
    }

    /** A detail or field message in a language; unchanged when the catalogue does not know it. */
    public String text(String english, Language language) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        String translated = translate(english, language, 0);
        return translated == null ? english : translated;
    }

    /** Whether the catalogue recognises a message (used by the completeness test). */
    public boolean knows(String english) {
        return best(english) != null;
    }

    private String translate(String english, Language language, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        Text chosen = best(english);
        if (chosen == null) {
            return null;
        }
        Matcher best = chosen.pattern().matcher(english);
        if (!best.matches()) {
            return null;
        }
        String template = chosen.entry().texts().get(language);
        if (template == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < chosen.names().size(); i++) {
            values.putIfAbsent(chosen.names().get(i), best.group(i + 1));
        }
        StringBuilder out = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int end = 0;
        while (placeholder.find()) {
            out.append(template, end, placeholder.start());
            String name = placeholder.group(1);
            String value = values.getOrDefault(name, placeholder.group());
            String rendered = part(name, value, language, depth);
            // A part translated at the head of a sentence starts it: "le projet 12" becomes "Le projet 12".
            if (placeholder.start() == 0 && !rendered.equals(value) && !rendered.isEmpty()) {
                rendered = rendered.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + rendered.substring(1);
            }
            out.append(rendered);
            end = placeholder.end();
        }
        out.append(template, end, template.length());
        return out.toString();
    }

    /** A varying part in a language: a known term, a known message, else as it was written. */
    private String part(String name, String value, Language language, int depth) {
        Entry term = terms.get(name + " " + value);
        if (term != null && term.texts().get(language) != null) {
            return term.texts().get(language);
        }
        if (language == Language.EN) {
            return value;
        }
        String translated = translate(value, language, depth + 1);
        return translated == null ? value : translated;
    }

    /**
     * The entry that reads a message best: one that ends with fixed text before one that ends with a
     * varying part (so "Edition 5 does not exist." is "{what} does not exist." with "Edition 5" inside,
     * not "Edition {number}" with "5 does not exist."), then the one with the most fixed text.
     */
    private Text best(String english) {
        Text chosen = null;
        for (Text text : texts) {
            if ((chosen == null || BY_SPECIFICITY.compare(text, chosen) > 0) && text.pattern().matcher(english).matches()) {
                chosen = text;
            }
        }
        return chosen;
    }

    private static final java.util.Comparator<Text> BY_SPECIFICITY = java.util.Comparator
            .comparing((Text text) -> !text.entry().texts().get(Language.EN).endsWith("}"))
            .thenComparingInt(Text::literalLength);

    private static Text compile(Entry entry) {
        String english = entry.texts().get(Language.EN);
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(english);
        int end = 0;
        int literal = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(english.substring(end, placeholder.start())));
            literal += placeholder.start() - end;
            regex.append("(.+?)");
            names.add(placeholder.group(1));
            end = placeholder.end();
        }
        regex.append(Pattern.quote(english.substring(end)));
        literal += english.length() - end;
        return new Text(entry, Pattern.compile(regex.toString(), Pattern.DOTALL), names, literal);
    }

    /** Reads a catalogue; a malformed file fails at start rather than answering half-translated. */
    public static List<Entry> parse(InputStream in) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String kind = null;
            String key = null;
            int start = 0;
            Map<Language, String> texts = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    if (kind != null) {
                        entries.add(entry(kind, key, texts, start));
                    }
                    String[] header = trimmed.substring(1, trimmed.length() - 1).strip().split("\\s+", 2);
                    kind = header[0];
                    key = header.length > 1 ? header[1] : null;
                    texts = new EnumMap<>(Language.class);
                    start = number;
                    continue;
                }
                int equals = trimmed.indexOf('=');
                if (kind == null || equals < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected [header] or lang = text");
                }
                Language language = Language.ofCode(trimmed.substring(0, equals).strip());
                if (texts.put(language, trimmed.substring(equals + 1).strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": " + language + " given twice");
                }
            }
            if (kind != null) {
                entries.add(entry(kind, key, texts, start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(String kind, String key, Map<Language, String> texts, int line) {
        boolean known = switch (kind) {
            case "title", "term" -> key != null;
            case "text" -> key == null && texts.containsKey(Language.EN);
            default -> false;
        };
        if (!known) {
            throw new IllegalStateException(RESOURCE + ":" + line + ": a block is [title slug], [term name VALUE] "
                    + "or [text] with an en pattern");
        }
        return new Entry(kind, key, Map.copyOf(texts), line);
    }

    private static ServerMessages load() {
        InputStream in = ServerMessages.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        return new ServerMessages(parse(in));
    }
}
