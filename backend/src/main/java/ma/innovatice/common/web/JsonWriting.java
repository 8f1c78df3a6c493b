package ma.innovatice.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the API writes JSON, for the lists that carry hundreds of dates and scores a page: numbers
 * with a fraction are written with Jackson's fast writer (the same shortest form), and instants
 * by hand in the very text {@link DateTimeFormatter#ISO_INSTANT} gives, which the profile of the
 * admin list showed costing more than the rest of its row.
 */
@Singleton
public class JsonWriting implements ObjectMapperCustomizer {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: instants written with four-digit years. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long LAST_SECOND = 253_402_300_799L;

    /** After Quarkus's own customizers, which register the standard date and time serializers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().configure(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature(), true);
        mapper.registerModule(new SimpleModule("innovatice-instants").addSerializer(Instant.class, new InstantWriter()));
    }

    /** The ISO-8601 text of an instant in UTC, as {@link DateTimeFormatter#ISO_INSTANT} writes it. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        int nano = t.getNano();
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        char[] text = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        int end = 19;
        if (fraction > 0) {
            text[end++] = '.';
            digits(text, end, nano / (fraction == 3 ? 1_000_000 : fraction == 6 ? 1_000 : 1), fraction);
            end += fraction;
        }
        text[end] = 'Z';
        return new String(text);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static final class InstantWriter extends StdSerializer<Instant> {

        InstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }
}
