package ma.innovatice.common.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's own mapper (the one its answers are written with) uses the fast writers of {@link JsonWriting}. */
@QuarkusTest
class ServerJsonTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theServersMapperWritesInstantsAndFractionsWithTheFastWriters() throws Exception {
        assertEquals(JsonWriting.InstantWriter.class,
                mapper.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass());
        assertTrue(mapper.getFactory().isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER));
        assertEquals("{\"at\":\"2030-01-29T05:12:00.250Z\",\"score\":17.5}",
                mapper.writeValueAsString(new Dated(Instant.parse("2030-01-29T05:12:00.250Z"), 17.5)));
    }

    record Dated(Instant at, double score) {
    }
}
