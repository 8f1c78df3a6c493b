package ma.innovatice.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonWritingTest {

    @Test
    void instantsReadAsIsoInstantWritesThem() {
        List<Instant> edges = List.of(Instant.EPOCH, Instant.parse("2030-01-29T05:12:00Z"),
                Instant.parse("2026-12-01T23:59:59.999999999Z"), Instant.parse("2026-02-28T10:00:00.120Z"),
                Instant.parse("2024-02-29T00:00:00.000450Z"), Instant.parse("2024-02-29T00:00:00.000000001Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.5Z"),
                Instant.parse("1969-12-31T23:59:59.9Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.MIN, Instant.MAX);
        for (Instant instant : edges) {
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), JsonWriting.format(instant), instant::toString);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), JsonWriting.format(instant));
        }
    }

    @Test
    void theApplicationsMapperWritesInstantsAndNumbersAsBefore() throws Exception {
        ObjectMapper standard = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectMapper customized = standard.copy();
        new JsonWriting().customize(customized);
        assertEquals(JsonWriting.InstantWriter.class,
                customized.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass());
        Map<String, Object> value = Map.of("at", Instant.parse("2030-01-29T05:12:00.250Z"),
                "scores", List.of(0.1, 2.5, 17.333333333333332, 100.0, 1.0E-5, 3.0E10), "count", 3);
        assertEquals(standard.writeValueAsString(value), customized.writeValueAsString(value));
    }
}
