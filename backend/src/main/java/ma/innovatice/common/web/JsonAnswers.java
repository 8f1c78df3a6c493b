package ma.innovatice.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.api.ValueAnswer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the API's JSON answers with the application's mapper ({@link JsonWriting}) into memory
 * first, and sends an answer of up to {@value #IN_MEMORY} bytes in one piece with its length. The
 * standard writer streams through a chain of pooled network buffers taken on the worker thread and
 * released on the network thread: for a 40 KB list page, taking those buffers cost more than the
 * page's strings (benchmark profile). A larger answer (the ranking of a national edition, several
 * megabytes) goes on streaming as before once it outgrows that size.
 * <p>
 * The bytes of a {@link ValueAnswer} (a list page, a juror's assignments) are kept, bounded, and
 * sent again for an equal answer: writing the JSON of a 50-row page cost a third of the admin
 * list's time, comparing it with the page it equals costs a few microseconds. Nothing can go stale:
 * the answer is still computed, and only an equal value finds the bytes. The kept bytes are
 * bounded by weight ({@value #KEPT_ANSWERS_BYTES} bytes, the least used dropped first) and each
 * expires ten minutes after it was written.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonAnswers extends ServerMessageBodyWriter.AllWriteableMessageBodyWriter {

    static final int IN_MEMORY = 256 * 1024;
    /** Each worker thread keeps a buffer of this size for the answers it writes (most fit). */
    private static final int KEPT = 64 * 1024;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[KEPT]);

    /** Bytes of answers kept for equal answers (about twice as much heap, with their values). */
    static final long KEPT_ANSWERS_BYTES = 4L * 1024 * 1024;
    /** Smaller answers are written again: keeping them would save less than it costs. */
    static final int KEPT_ANSWER_MIN = 2 * 1024;

    private final ObjectWriter writer;
    /** Bounded by the bytes kept; an entry is forgotten ten minutes after it was written. */
    private final Cache<Object, byte[]> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_ANSWERS_BYTES)
            .weigher((Object value, byte[] bytes) -> bytes.length)
            .expireAfterWrite(Duration.ofMinutes(10))
            .scheduler(Scheduler.systemScheduler())
            .build();

    /**
     * Off with the query cache ({@code innovatice.query-cache=false}): then every answer is a fresh
     * value, and finding an equal one would hash and compare the whole page on every request for
     * nothing kept in memory (issue 22). Read at the first answer: a provider is built before the
     * application's configuration mapping is available.
     */
    private volatile Boolean keepAnswers;

    @Inject
    JsonAnswers(ObjectMapper mapper) {
        this(mapper, null);
    }

    JsonAnswers(ObjectMapper mapper, Boolean keepAnswers) {
        this.writer = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.keepAnswers = keepAnswers;
    }

    private boolean keepAnswers() {
        Boolean keep = keepAnswers;
        if (keep == null) {
            keep = ConfigProvider.getConfig().getOptionalValue("innovatice.query-cache", Boolean.class).orElse(true);
            keepAnswers = keep;
        }
        return keep;
    }

    @Override
    public void writeResponse(Object value, Type genericType, ServerRequestContext context) throws IOException {
        boolean keepable = isValueAnswer(value) && keepAnswers();
        if (keepable) {
            byte[] known = kept.getIfPresent(value);
            if (known != null) {
                context.serverResponse().end(known);
                return;
            }
        }
        // A value that fails half-way sends nothing: the failure becomes the answer.
        InMemoryFirst out = new InMemoryFirst(context);
        write(value, out);
        byte[] whole = out.finish();
        if (keepable && whole != null && whole.length >= KEPT_ANSWER_MIN) {
            keep(value, whole);
        }
    }

    /** How many answers are kept now (for tests). */
    int keptAnswers() {
        kept.cleanUp();
        return (int) kept.estimatedSize();
    }

    private static boolean isValueAnswer(Object value) {
        if (value instanceof Page<?> page) {
            return page.items().isEmpty() || page.items().get(0) instanceof ValueAnswer;
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty() && list.get(0) instanceof ValueAnswer;
        }
        return value instanceof ValueAnswer;
    }

    private void keep(Object value, byte[] bytes) {
        kept.put(value, bytes);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        write(value, entityStream);
    }

    private void write(Object value, OutputStream out) throws IOException {
        if (value instanceof String text) {
            // As the standard writer: text returned as JSON is JSON already.
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } else {
            writer.writeValue(out, value);
        }
    }

    /** Keeps what is written in memory up to {@link #IN_MEMORY} bytes, then streams to the response. */
    private static final class InMemoryFirst extends OutputStream {

        private final ServerRequestContext context;
        private byte[] bytes = BUFFERS.get();
        private int length;
        private OutputStream streaming;

        InMemoryFirst(ServerRequestContext context) {
            this.context = context;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int count) throws IOException {
            if (streaming == null && length + count > IN_MEMORY) {
                streaming = context.getOrCreateOutputStream();
                streaming.write(bytes, 0, length);
                bytes = null;
            }
            if (streaming != null) {
                streaming.write(source, offset, count);
                return;
            }
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(IN_MEMORY, Math.max(bytes.length * 2, length + count)));
            }
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        /** Ends the answer; returns its bytes when it was sent whole. */
        byte[] finish() throws IOException {
            if (streaming != null) {
                streaming.close();
                return null;
            }
            // A copy: the thread's buffer serves its next answer while this one is being sent.
            byte[] whole = Arrays.copyOf(bytes, length);
            bytes = null;
            context.serverResponse().end(whole);
            return whole;
        }
    }
}
