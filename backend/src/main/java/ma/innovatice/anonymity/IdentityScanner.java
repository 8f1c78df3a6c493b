package ma.innovatice.anonymity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds an author's identity in a text: her names, school, email and co-authors' names, on whole
 * words, ignoring case, accents (and other combining marks, such as Arabic vowel signs) and spacing.
 * Words are runs of letters and digits; everything else separates them, so "Alaoui-Amina" and
 * "alaoui  amina" are the same two words, and "Alaouite" does not contain "Alaoui". The text is cut
 * into words once and each word compared with the first word of the terms through a hash map, so
 * the work grows with the text's length times the few terms starting with a given word; no regular
 * expression ever runs on a user's text.
 */
public final class IdentityScanner {

    /** What an identifying term is. */
    public enum Kind { NAME, SCHOOL, EMAIL }

    /** A term to look for: its kind, how it reads, and its folded words. */
    public record Term(Kind kind, String text, List<String> words) {
    }

    /** Where a term was found in a text: characters {@code start} (included) to {@code end} (excluded). */
    public record Match(Kind kind, int start, int end) {
    }

    /** The longest text searched; the rest of a longer one is not (the callers bound their sources below it). */
    public static final int MAX_TEXT = 1_000_000;
    /** The most terms searched (the author's, her school's, her email's and up to a few dozen co-authors'). */
    static final int MAX_TERMS = 60;
    /** The most words a term may have: a longer school name or co-author is cut to its first words. */
    static final int MAX_TERM_WORDS = 12;
    static final int CONTEXT = 40;
    static final int MAX_TERM_TEXT = 200;
    /** Letters a first or last name needs to be searched for alone. */
    private static final int MIN_LETTERS = 3;

    private final List<Term> terms;
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    public IdentityScanner(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term term : this.terms) {
            byFirstWord.computeIfAbsent(term.words().get(0), w -> new ArrayList<>()).add(term);
        }
    }

    /**
     * The terms of an author: her first and last name each alone (if at least 3 letters) and together
     * in both orders, her school, her email and its part before the @ (if at least 3 letters), and
     * each co-author's full name. Blank values are skipped; duplicates are kept once.
     */
    public static IdentityScanner of(String firstName, String lastName, String email, String school,
                                     List<String> coAuthors) {
        Map<List<String>, Term> terms = new LinkedHashMap<>();
        List<String> first = words(firstName);
        List<String> last = words(lastName);
        if (!first.isEmpty() && !last.isEmpty()) {
            add(terms, Kind.NAME, firstName + " " + lastName, concat(first, last));
            add(terms, Kind.NAME, lastName + " " + firstName, concat(last, first));
        }
        if (letters(first) >= MIN_LETTERS) {
            add(terms, Kind.NAME, firstName, first);
        }
        if (letters(last) >= MIN_LETTERS) {
            add(terms, Kind.NAME, lastName, last);
        }
        if (letters(words(school)) >= MIN_LETTERS) {
            add(terms, Kind.SCHOOL, school, words(school));
        }
        if (email != null && !email.isBlank()) {
            add(terms, Kind.EMAIL, email, words(email));
            int at = email.indexOf('@');
            if (at > 0 && letters(words(email.substring(0, at))) >= MIN_LETTERS) {
                add(terms, Kind.EMAIL, email.substring(0, at), words(email.substring(0, at)));
            }
        }
        if (coAuthors != null) {
            for (String coAuthor : coAuthors) {
                if (letters(words(coAuthor)) >= MIN_LETTERS) {
                    add(terms, Kind.NAME, coAuthor, words(coAuthor));
                }
            }
        }
        return new IdentityScanner(new ArrayList<>(terms.values()));
    }

    private static void add(Map<List<String>, Term> terms, Kind kind, String text, List<String> words) {
        if (words.isEmpty() || terms.size() >= MAX_TERMS) {
            return;
        }
        List<String> kept = words.size() > MAX_TERM_WORDS ? words.subList(0, MAX_TERM_WORDS) : words;
        String shown = text.strip();
        terms.putIfAbsent(List.copyOf(kept), new Term(kind, shown.length() > MAX_TERM_TEXT
                ? shown.substring(0, MAX_TERM_TEXT) : shown, List.copyOf(kept)));
    }

    public List<Term> terms() {
        return terms;
    }

    /** A digest of the terms (SHA-256, hex): a stored scan holds as long as it is the same. */
    public String key() {
        StringBuilder all = new StringBuilder();
        terms.forEach(t -> all.append(t.kind()).append(':').append(String.join(" ", t.words())).append('\n'));
        return sha256(all.toString());
    }

    /**
     * The places of the terms in the text, in order and without overlap (at one place the term with
     * the most words wins), at most {@code limit} of them.
     */
    public List<Match> find(String text, int limit) {
        List<Match> matches = new ArrayList<>();
        if (text == null || terms.isEmpty() || limit <= 0) {
            return matches;
        }
        List<Word> words = tokens(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        int i = 0;
        while (i < words.size() && matches.size() < limit) {
            Term best = null;
            for (Term term : byFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
                if ((best == null || term.words().size() > best.words().size()) && matchesAt(words, i, term)) {
                    best = term;
                }
            }
            if (best == null) {
                i++;
            } else {
                int lastWord = i + best.words().size() - 1;
                matches.add(new Match(best.kind(), words.get(i).start(), words.get(lastWord).end()));
                i = lastWord + 1;
            }
        }
        return matches;
    }

    private static boolean matchesAt(List<Word> words, int at, Term term) {
        if (at + term.words().size() > words.size()) {
            return false;
        }
        for (int k = 1; k < term.words().size(); k++) {
            if (!words.get(at + k).folded().equals(term.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The matched words as written, spacing collapsed, at most 200 characters. */
    public static String termAt(String text, Match match) {
        return collapse(text.substring(match.start(), match.end()), MAX_TERM_TEXT);
    }

    /** The match with about 40 characters each side, spacing collapsed, "…" where cut. */
    public static String excerpt(String text, Match match) {
        int from = Math.max(0, match.start() - CONTEXT);
        int to = Math.min(text.length(), match.end() + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String middle = collapse(text.substring(from, to), 2 * CONTEXT + MAX_TERM_TEXT);
        return (from > 0 ? "…" : "") + middle + (to < text.length() ? "…" : "");
    }

    private static String collapse(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** A word of a text: where it is and how it compares. */
    record Word(String folded, int start, int end) {
    }

    /** The folded words of a value (a name, a school, an email). */
    static List<String> words(String value) {
        if (value == null) {
            return List.of();
        }
        return tokens(value.length() > MAX_TERM_TEXT * 4 ? value.substring(0, MAX_TERM_TEXT * 4) : value)
                .stream().map(Word::folded).toList();
    }

    /** Runs of letters and digits (with the combining marks inside them), each folded. */
    static List<Word> tokens(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(cp) || (start >= 0 && isMark(cp));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String folded = fold(text.substring(start, i));
                if (!folded.isEmpty()) {
                    words.add(new Word(folded, start, i));
                }
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Compatibility decomposition, marks and the Arabic tatweel removed, lower case. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp) && cp != 0x0640)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int letters(List<String> words) {
        return words.stream().mapToInt(w -> (int) w.codePoints().filter(Character::isLetter).count()).sum();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
