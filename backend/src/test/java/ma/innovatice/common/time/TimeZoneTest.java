package ma.innovatice.common.time;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, point 5: the web client reads Morocco's wall clock from the server's time-zone data (the
 * Java runtime's), never from the browser's, whose Africa/Casablanca may be years old.
 */
@QuarkusTest
class TimeZoneTest {

    /** The client's built-in table, used when the answer cannot be fetched; generated from these rules. */
    static final Path CLIENT_FALLBACK = Path.of("..", "frontend", "src", "lib", "time", "morocco-fallback.json");

    @Inject
    Clock clock;

    @Test
    void shouldServeEveryOffsetChangeOfTheRuntimeDataWithinABoundedWindow() {
        JsonPath body = api().get("/api/time-zone").then().statusCode(200)
                .header("Cache-Control", "public, max-age=86400")
                .extract().jsonPath();
        ZoneRules rules = ClockProducer.MOROCCO.getRules();
        assertThat(body.getString("zone")).isEqualTo("Africa/Casablanca");
        assertThat(body.getString("tzdataVersion")).isEqualTo(ZoneRulesProvider.getVersions("Africa/Casablanca").lastKey());

        Instant from = Instant.parse(body.getString("from"));
        Instant until = Instant.parse(body.getString("until"));
        int year = LocalDate.ofInstant(clock.instant(), ClockProducer.MOROCCO).getYear();
        assertThat(from).isEqualTo(Instant.parse("2004-01-01T00:00:00Z"));
        // 1 January of the sixth year, or the day after a Ramadan in progress then (2032 starts in one):
        // past the window the client keeps the last offset, which must be that of the rest of the year.
        Instant sixthYear = Instant.parse((year + 6) + "-01-01T00:00:00Z");
        assertThat(until).isBetween(sixthYear, sixthYear.plus(java.time.Duration.ofDays(45)));
        assertThat(rules.getOffset(until).getTotalSeconds()).isEqualTo(3600);
        if (rules.getOffset(sixthYear).getTotalSeconds() == 3600) assertThat(until).isEqualTo(sixthYear);
        assertThat(body.getInt("offsetSeconds")).isEqualTo(rules.getOffset(from).getTotalSeconds()).isZero();

        List<Map<String, Object>> served = body.getList("transitions");
        List<String> expected = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until); t = rules.nextTransition(t.getInstant())) {
            expected.add(t.getInstant() + " " + t.getOffsetAfter().getTotalSeconds());
        }
        assertThat(served.stream().map(t -> t.get("at") + " " + t.get("offsetSeconds")).collect(Collectors.toList()))
                .containsExactlyElementsOf(expected)
                // Ramadan 2027: Morocco goes back to UTC+0 on 7 February and forward to UTC+1 on 14 March.
                .contains("2027-02-07T02:00:00Z 0", "2027-03-14T02:00:00Z 3600")
                // Bounded: two changes a year at most since 2019 (four before), well under the contract's 200.
                .hasSizeBetween(50, 200);
        assertThat(served.get(served.size() - 1).get("offsetSeconds")).isEqualTo(3600);
        for (Map<String, Object> t : served) {
            Instant at = Instant.parse((String) t.get("at"));
            assertThat(at).isAfter(from).isBefore(until);
            assertThat(rules.getOffset(at).getTotalSeconds()).isEqualTo(t.get("offsetSeconds"));
            assertThat(rules.getOffset(at.minusSeconds(1)).getTotalSeconds()).isNotEqualTo(t.get("offsetSeconds"));
        }
        // The winter of the current year and five years ahead are covered: UTC+1 in December.
        assertThat(rules.getOffset(Instant.parse(year + "-12-15T12:00:00Z")).getTotalSeconds()).isEqualTo(3600);
    }

    /**
     * The client's built-in table equals the server's answer for its own window, so that it cannot drift
     * from the runtime's data. When the data change (a new JDK, a new Moroccan decree), rewrite it with
     * {@code ./mvnw -o test -Dtest=TimeZoneTest -Dwrite-time-zone-fallback=true}.
     */
    @Test
    void shouldCarryTheSameTableInTheClientForItsWindow() throws IOException {
        String current = Files.readString(CLIENT_FALLBACK, StandardCharsets.UTF_8);
        JsonPath file = JsonPath.from(current);
        MoroccoTimeZone.Rules rules = MoroccoTimeZone.between(Instant.parse(file.getString("from")), Instant.parse(file.getString("until")));
        String expected = fallbackJson(rules);
        if (Boolean.getBoolean("write-time-zone-fallback")) {
            Files.writeString(CLIENT_FALLBACK, expected, StandardCharsets.UTF_8);
            current = expected;
        }
        assertThat(current).as("frontend/src/lib/time/morocco-fallback.json").isEqualTo(expected);
        // Its window covers this year and the next ones.
        assertThat(rules.from()).isBefore(clock.instant());
        assertThat(rules.until()).isAfter(clock.instant().plus(java.time.Duration.ofDays(2 * 365)));
        assertThat(rules.transitions()).extracting(t -> t.at() + " " + t.offsetSeconds()).contains("2027-02-07T02:00:00Z 0");
    }

    /** The table as the client file holds it: the API's fields, one transition a line. */
    static String fallbackJson(MoroccoTimeZone.Rules rules) {
        String transitions = rules.transitions().stream()
                .map(t -> "    { \"at\": \"" + t.at() + "\", \"offsetSeconds\": " + t.offsetSeconds() + " }")
                .collect(Collectors.joining(",\n"));
        return "{\n"
                + "  \"zone\": \"" + rules.zone() + "\",\n"
                + "  \"tzdataVersion\": \"" + rules.tzdataVersion() + "\",\n"
                + "  \"from\": \"" + rules.from() + "\",\n"
                + "  \"until\": \"" + rules.until() + "\",\n"
                + "  \"offsetSeconds\": " + rules.offsetSeconds() + ",\n"
                + "  \"transitions\": [\n" + transitions + "\n  ]\n"
                + "}\n";
    }
}
