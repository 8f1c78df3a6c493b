package ma.innovatice.finalist;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A calendar invitation (RFC 5545 iCalendar, with the RFC 5546 methods) for one presentation slot:
 * METHOD:REQUEST when it is scheduled or changed, METHOD:CANCEL when it is cancelled. The UID stays
 * the same for the life of the slot and SEQUENCE grows at each change, so calendars update the one
 * event. Times are in UTC (the "Z" form); text values are escaped (backslash, semicolon, comma,
 * newline); lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
public final class Ics {

    /** The content type of an invitation of the given method. */
    public static String contentType(Method method) {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }

    public enum Method { REQUEST, CANCEL }

    /**
     * The event: {@code url} is a https address (validated before; a URI value is not escaped, RFC 5545
     * 3.3.13); {@code location} and {@code url} may be null.
     */
    public record Event(String uid, int sequence, Instant start, int durationMinutes, String summary, String location,
                        String url, String description, String organizerEmail, String attendeeEmail) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Ics() {
    }

    public static String of(Method method, Event event, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//InnovaTICE//Enseignants Innovants//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + event.uid());
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTSTART:" + UTC.format(event.start().truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTEND:" + UTC.format(event.start().plus(event.durationMinutes(), ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS)));
        line(out, "SUMMARY:" + text(event.summary()));
        if (event.location() != null) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (event.url() != null) {
            line(out, "URL:" + uri(event.url()));
        }
        if (event.description() != null) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (event.organizerEmail() != null) {
            line(out, "ORGANIZER;CN=InnovaTICE:mailto:" + uri(event.organizerEmail()));
        }
        if (event.attendeeEmail() != null) {
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + uri(event.attendeeEmail()));
        }
        line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value escaped as RFC 5545 3.3.11 says; control characters other than newlines dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A URI or address: no escaping applies, so anything that could break the line is refused. */
    private static String uri(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                throw new IllegalArgumentException("A calendar URI cannot hold spaces or control characters");
            }
        }
        return value;
    }

    /** Appends one content line, folded at 75 octets (a fold is CRLF then a space), ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
