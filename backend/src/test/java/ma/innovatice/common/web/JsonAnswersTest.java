package ma.innovatice.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.api.ValueAnswer;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers that fit in memory are sent whole; larger ones stream; a failure half-way sends nothing;
 * the bytes of a value answer are sent again for an equal answer only.
 */
class JsonAnswersTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonAnswers answers = new JsonAnswers(mapper, true);

    /** What a request context saw: the bytes of a whole answer, or what was streamed. */
    private static final class Seen {
        byte[] whole;
        int wholeCalls;
        ByteArrayOutputStream streamed;
        boolean streamClosed;

        ServerRequestContext context() {
            ServerHttpResponse response = (ServerHttpResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServerHttpResponse.class}, (proxy, method, args) -> {
                        if (method.getName().equals("end") && args != null && args[0] instanceof byte[] bytes) {
                            whole = bytes;
                            wholeCalls++;
                            return proxy;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return (ServerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "serverResponse" -> response;
                        case "getOrCreateOutputStream" -> {
                            if (streamed == null) {
                                streamed = new ByteArrayOutputStream() {
                                    @Override
                                    public void close() {
                                        streamClosed = true;
                                    }
                                };
                            }
                            yield streamed;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    public record Row(int id, String title) {
    }

    @Test
    void anAnswerThatFitsInMemoryIsSentWholeWithItsLength() throws Exception {
        List<Row> page = IntStream.range(0, 200).mapToObj(i -> new Row(i, "Projet n° " + i + " : la classe inversée")).toList();
        Seen seen = new Seen();
        answers.writeResponse(page, null, seen.context());
        assertEquals(1, seen.wholeCalls);
        assertArrayEquals(mapper.writeValueAsBytes(page), seen.whole);
        assertNull(seen.streamed);
    }

    @Test
    void textReturnedAsJsonIsSentAsItIs() throws Exception {
        Seen seen = new Seen();
        answers.writeResponse("{\"déjà\":\"écrit\"}", null, seen.context());
        assertEquals("{\"déjà\":\"écrit\"}", new String(seen.whole, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aLargerAnswerStreamsAllOfItsBytes() throws Exception {
        List<Row> ranking = IntStream.range(0, 12_000)
                .mapToObj(i -> new Row(i, "Projet n° " + i + " : la classe inversée")).toList();
        byte[] expected = mapper.writeValueAsBytes(ranking);
        assertTrue(expected.length > JsonAnswers.IN_MEMORY);
        Seen seen = new Seen();
        answers.writeResponse(ranking, null, seen.context());
        assertEquals(0, seen.wholeCalls);
        assertArrayEquals(expected, seen.streamed.toByteArray());
        assertTrue(seen.streamClosed);
    }

    @Test
    void aValueFailingHalfWaySendsNothing() {
        List<Object> rows = new ArrayList<>(List.of(new Row(1, "un"), new Row(2, "deux")));
        rows.add(new Object() {
            public String getTitle() {
                throw new IllegalStateException("broken getter");
            }
        });
        Seen seen = new Seen();
        assertThrows(JsonMappingException.class, () -> answers.writeResponse(rows, null, seen.context()));
        assertEquals(0, seen.wholeCalls);
        assertNull(seen.streamed);
    }

    /** A list line whose title counts how often it is written. */
    public record Line(int id, String title) implements ValueAnswer {

        static final AtomicInteger WRITTEN = new AtomicInteger();

        @Override
        public String title() {
            WRITTEN.incrementAndGet();
            return title;
        }
    }

    private static Page<Line> page(int first, String suffix) {
        List<Line> lines = IntStream.range(first, first + 50).mapToObj(i -> new Line(i, "Projet " + i + suffix)).toList();
        return new Page<>(lines, 0, 50, 1000);
    }

    @Test
    void anEqualValueAnswerIsSentWithTheBytesAlreadyWritten() throws Exception {
        Seen first = new Seen();
        answers.writeResponse(page(0, " : la classe inversée"), null, first.context());
        int written = Line.WRITTEN.get();
        Seen again = new Seen();
        answers.writeResponse(page(0, " : la classe inversée"), null, again.context());
        assertEquals(written, Line.WRITTEN.get(), "an equal page is not written again");
        assertArrayEquals(mapper.writeValueAsBytes(page(0, " : la classe inversée")), again.whole);
        assertEquals(1, answers.keptAnswers());
        // A page that differs in one title is written anew.
        List<Line> changed = new ArrayList<>(page(0, " : la classe inversée").items());
        changed.set(49, new Line(49, "Projet 49 : renommé"));
        Seen other = new Seen();
        Page<Line> renamed = new Page<>(changed, 0, 50, 1000);
        answers.writeResponse(renamed, null, other.context());
        assertArrayEquals(mapper.writeValueAsBytes(renamed), other.whole);
        assertTrue(new String(other.whole, java.nio.charset.StandardCharsets.UTF_8).contains("renommé"));
        assertEquals(2, answers.keptAnswers());
        // The same items in a page of another total are another answer.
        Seen total = new Seen();
        Page<Line> moreTotal = new Page<>(page(0, " : la classe inversée").items(), 0, 50, 1001);
        answers.writeResponse(moreTotal, null, total.context());
        assertArrayEquals(mapper.writeValueAsBytes(moreTotal), total.whole);
        // A juror's list (a plain list of value answers) is kept as well.
        answers.writeResponse(page(100, " : robotique").items(), null, new Seen().context());
        assertEquals(4, answers.keptAnswers());
    }

    @Test
    void withTheQueryCacheOffEveryAnswerIsWrittenAndNothingIsKept() throws Exception {
        JsonAnswers uncached = new JsonAnswers(mapper, false);
        uncached.writeResponse(page(0, " : la classe inversée"), null, new Seen().context());
        int written = Line.WRITTEN.get();
        Seen again = new Seen();
        uncached.writeResponse(page(0, " : la classe inversée"), null, again.context());
        assertTrue(Line.WRITTEN.get() > written, "the equal page is written again");
        assertArrayEquals(mapper.writeValueAsBytes(page(0, " : la classe inversée")), again.whole);
        assertEquals(0, uncached.keptAnswers());
    }

    @Test
    void onlyValueAnswersOfSomeSizeAreKeptAndWithinTheirBound() throws Exception {
        List<Row> notValues = IntStream.range(0, 200).mapToObj(i -> new Row(i, "Projet " + i)).toList();
        answers.writeResponse(notValues, null, new Seen().context());
        answers.writeResponse(new Page<>(List.of(new Line(1, "court")), 0, 50, 1), null, new Seen().context());
        assertEquals(0, answers.keptAnswers());
        String suffix = " : la classe inversée, avec des tablettes";
        int smallest = mapper.writeValueAsBytes(page(0, suffix)).length;
        int largest = mapper.writeValueAsBytes(page(1_000_000, suffix)).length;
        int most = 0;
        for (int i = 0; i < 3 * JsonAnswers.KEPT_ANSWERS_BYTES / smallest; i++) {
            answers.writeResponse(page(i * 50, suffix), null, new Seen().context());
            most = Math.max(most, answers.keptAnswers());
            assertTrue((long) answers.keptAnswers() * smallest <= JsonAnswers.KEPT_ANSWERS_BYTES + largest,
                    "kept " + answers.keptAnswers());
        }
        assertTrue(most >= JsonAnswers.KEPT_ANSWERS_BYTES / largest - 1, "kept at most " + most);
    }
}
