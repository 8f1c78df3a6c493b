package ma.innovatice.finalist;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar invitation: RFC 5545 lines (CRLF, folded at 75 octets), escaped text, UTC times. */
class IcsTest {

    /** Unfolds the lines of an iCalendar text and reads each property (name with its parameters) to its raw value. */
    static Map<String, String> parse(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            properties.merge(name, line.substring(colon + 1), (a, b) -> a + "|" + b);
        }
        return properties;
    }

    /** The value of a TEXT property, unescaped. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void shouldWriteAnInvitationThatReadsBackExactly() {
        String title = "Présentation au jury : « Contes amazighs ; tri, recyclage \\ suite » — مشروع طويل جدا للتجربة والطي";
        String place = "Salle 3, Académie régionale; Rabat";
        String description = "Ligne 1, avec virgule\nLigne 2; point-virgule";
        String ics = Ics.of(Ics.Method.REQUEST, new Ics.Event("presentation-slot-7@innovatice.ma", 2,
                        Instant.parse("2026-06-10T09:30:00Z"), 20, title, place, "https://meet.example.ma/jury?x=1,2",
                        description, "noreply@innovatice.ma", "amina@test.ma"),
                Instant.parse("2026-05-01T12:00:00.123Z"));

        Map<String, String> p = parse(ics);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        assertThat(p.get("METHOD")).isEqualTo("REQUEST");
        assertThat(p.get("UID")).isEqualTo("presentation-slot-7@innovatice.ma");
        assertThat(p.get("SEQUENCE")).isEqualTo("2");
        assertThat(p.get("DTSTART")).isEqualTo("20260610T093000Z");
        assertThat(p.get("DTEND")).isEqualTo("20260610T095000Z");
        assertThat(p.get("DTSTAMP")).isEqualTo("20260501T120000Z");
        assertThat(p.get("STATUS")).isEqualTo("CONFIRMED");
        assertThat(p.get("SUMMARY")).contains("\\;").contains("\\,").contains("\\\\");
        assertThat(unescape(p.get("SUMMARY"))).isEqualTo(title);
        assertThat(unescape(p.get("LOCATION"))).isEqualTo(place);
        assertThat(p.get("DESCRIPTION")).doesNotContain("\n").contains("\\n");
        assertThat(unescape(p.get("DESCRIPTION"))).isEqualTo(description);
        assertThat(p.get("URL")).isEqualTo("https://meet.example.ma/jury?x=1,2");
        assertThat(p.get("ORGANIZER;CN=InnovaTICE")).isEqualTo("mailto:noreply@innovatice.ma");
        assertThat(ics).contains("\r\n ").as("the long summary is folded");
    }

    @Test
    void shouldCancelWithTheSameUid() {
        String ics = Ics.of(Ics.Method.CANCEL, new Ics.Event("presentation-slot-7@innovatice.ma", 3,
                Instant.parse("2026-06-10T09:30:00Z"), 20, "x", null, null, null, null, null), Instant.now());
        Map<String, String> p = parse(ics);
        assertThat(p.get("METHOD")).isEqualTo("CANCEL");
        assertThat(p.get("STATUS")).isEqualTo("CANCELLED");
        assertThat(p.get("SEQUENCE")).isEqualTo("3");
        assertThat(p).doesNotContainKeys("LOCATION", "URL");
        assertThat(Ics.contentType(Ics.Method.REQUEST)).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
    }

    @Test
    void shouldNeverSplitAUtf8CharacterWhenFolding() {
        StringBuilder out = new StringBuilder();
        Ics.line(out, "SUMMARY:" + "é".repeat(100) + "مرحبا".repeat(20));
        for (String physical : out.toString().split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "é".repeat(100) + "مرحبا".repeat(20) + "\r\n");
    }
}
