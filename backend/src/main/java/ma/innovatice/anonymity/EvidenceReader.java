package ma.innovatice.anonymity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.submission.Attachment;
import ma.innovatice.submission.AttachmentStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the text of evidence files on two threads of its own, so that a file's parsing has a hard
 * time limit: past it the caller stops waiting (the file is "not checked", TIMEOUT) and the parser,
 * which also looks at its deadline as it goes, is interrupted. More readings than the threads and a
 * short queue can take are refused the same way rather than waited for.
 */
@ApplicationScoped
public class EvidenceReader {

    /** Largest file read (the upload limit is 20 MB by default). */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final AttachmentStore store;
    private final ThreadPoolExecutor executor;

    EvidenceReader(AttachmentStore store) {
        this.store = store;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), runnable -> {
            Thread thread = new Thread(runnable, "evidence-text-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** The file's text, read until {@code deadlineNanos} at the latest. */
    public EvidenceText.Result read(Attachment file, long deadlineNanos) {
        if (!EvidenceText.readable(file.contentType)) {
            return new EvidenceText.Result(EvidenceText.Outcome.UNSUPPORTED_TYPE, List.of());
        }
        if (file.sizeBytes > MAX_BYTES) {
            return new EvidenceText.Result(EvidenceText.Outcome.UNREADABLE, List.of());
        }
        byte[] bytes;
        try {
            BoundedBuffer buffer = new BoundedBuffer();
            store.copyTo(file.id, buffer);
            bytes = buffer.toByteArray();
        } catch (IOException e) {
            return new EvidenceText.Result(EvidenceText.Outcome.UNREADABLE, List.of());
        }
        String contentType = file.contentType;
        Future<EvidenceText.Result> reading;
        try {
            reading = executor.submit(() -> EvidenceText.read(contentType, bytes, deadlineNanos));
        } catch (RejectedExecutionException busy) {
            return new EvidenceText.Result(EvidenceText.Outcome.TIMEOUT, List.of());
        }
        try {
            return reading.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return new EvidenceText.Result(EvidenceText.Outcome.TIMEOUT, List.of());
        } catch (ExecutionException e) {
            return new EvidenceText.Result(EvidenceText.Outcome.UNREADABLE, List.of());
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return new EvidenceText.Result(EvidenceText.Outcome.TIMEOUT, List.of());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The bytes of a file, refused past {@link #MAX_BYTES} whatever its recorded size says. */
    private static final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes.size() + (long) len > MAX_BYTES) {
                throw new IOException("File larger than " + MAX_BYTES + " bytes");
            }
            bytes.write(b, off, len);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
