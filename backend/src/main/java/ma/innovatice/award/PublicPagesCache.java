package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.edition.EditionTransitioned;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public pages read by everyone and rarely changed: the laureates and results of published
 * editions, and the participation statistics. They are kept in memory for a short time; any edition
 * changing status empties the cache once the change is committed, and a value read while such a
 * change was being committed is not kept. Other changes (an author's name, a new submission in an
 * open edition's counts) show when the kept value expires.
 */
@ApplicationScoped
public class PublicPagesCache {

    /** Filters and pages make many keys; past this many entries the cache starts again from empty. */
    static final int MAX_ENTRIES = 2_000;

    private record Entry(Object value, long expiresAt) {
    }

    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    PublicPagesCache(InnovaticeConfig config) {
        this.ttlNanos = config.publicCacheTtl().toNanos();
    }

    /** The value kept under {@code key}, or the one {@code read} gives (kept for the next callers). */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return (T) entry.value();
        }
        long before = generation.get();
        T value = read.get();
        if (generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Entry kept = new Entry(value, now + ttlNanos);
            entries.put(key, kept);
            // A clear between the check above and the put would otherwise leave this stale value in.
            if (generation.get() != before) {
                entries.remove(key, kept);
            }
        }
        return value;
    }

    /** Everything is read again from the next request on. */
    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    void onTransition(@Observes(during = TransactionPhase.AFTER_COMPLETION) EditionTransitioned event) {
        clear();
    }
}
