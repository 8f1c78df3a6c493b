package ma.innovatice.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import ma.innovatice.account.Language;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.db.ChangeVersions;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.edition.EditionTransitioned;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Public pages read by everyone and rarely changed: the laureates and results of published
 * editions, the participation statistics and the gallery of laureate projects. They are kept in
 * memory for a short time; any edition changing status, and any {@link PublicPagesChanged} (a
 * gallery consent given or revoked, an author erased), empties the cache once the change is
 * committed, and a value read while such a change was being committed is not kept. Such a change
 * also adds one to the {@code public-pages} version in the database, in the transaction of the change
 * ({@link ChangeVersions}); every process compares that version with the one it keeps by, one
 * primary-key read at most every {@link #CHECK_EVERY} while pages are asked for, and empties its
 * cache when it moved. So another API process sharing the database shows the change within half a
 * second (plus one read), and never later than one second. Other changes (an author's name, a new
 * submission in an open edition's counts) show when the kept value expires.
 *
 * <p>Each language has its own copy of a page (the organisers' texts are served in the request's
 * language, {@link RequestLanguage}).
 *
 * <p>Anyone can make new keys (every filter and page of the laureates is one), so the cache is
 * bounded by weight, the size of each value's JSON, and each entry expires for good after the
 * time to live (Caffeine removes it, whether or not it is read again).
 */
@ApplicationScoped
public class PublicPagesCache {

    /** Counted for each entry on top of its JSON: the key, the entry, the value's objects. */
    static final int ENTRY_OVERHEAD = 256;

    /** How often, at most, the kept pages are checked against the database's version of them. */
    static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final Cache<Object, Object> entries;
    private final AtomicLong generation = new AtomicLong();
    /** The database's version of the public pages (null: this process alone, nothing to compare). */
    private final LongSupplier version;
    private final BiConsumer<String, LongConsumer> announce;
    private final Ticker ticker;
    /** The version the kept values were read under, and when it was last compared (ticker's nanos). */
    private volatile long keptVersion = Long.MIN_VALUE;
    private final AtomicLong lastCheck = new AtomicLong();

    @Inject
    PublicPagesCache(InnovaticeConfig config, ObjectMapper mapper, ChangeVersions versions) {
        this(config.publicCacheTtl(), config.publicCacheMaxSize().asLongValue(), value -> jsonLength(mapper, value),
                Ticker.systemTicker(), () -> versions.current(ChangeVersions.PUBLIC_PAGES), versions::changed);
    }

    PublicPagesCache(Duration ttl, long maxBytes, ToIntFunction<Object> weigher, Ticker ticker) {
        this(ttl, maxBytes, weigher, ticker, null, (name, committed) -> { });
    }

    PublicPagesCache(Duration ttl, long maxBytes, ToIntFunction<Object> weigher, Ticker ticker, LongSupplier version,
                     BiConsumer<String, LongConsumer> announce) {
        this.version = version;
        this.announce = announce;
        this.ticker = ticker;
        this.lastCheck.set(ticker.read() - CHECK_EVERY.toNanos());
        this.entries = ttl.isZero() || ttl.isNegative() || maxBytes <= 0 ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(maxBytes)
                .weigher((Object key, Object value) -> saturated((long) ENTRY_OVERHEAD + 2L * String.valueOf(key).length()
                        + weigher.applyAsInt(value)))
                .executor(Runnable::run)
                .ticker(ticker)
                .scheduler(Scheduler.systemScheduler())
                .build();
    }

    /**
     * The value kept under {@code key} for the language of the request being served, or the one {@code read}
     * gives (kept for the next callers asking in that language): the pages carry the organisers' texts in it.
     */
    public <T> T get(Object key, Supplier<T> read) {
        return get(RequestLanguage.current(), key, read);
    }

    /** The value kept under {@code key} for {@code language}, or the one {@code read} gives. */
    @SuppressWarnings("unchecked")
    <T> T get(Language language, Object key, Supplier<T> read) {
        if (entries == null) {
            return read.get();
        }
        checkVersion();
        Object languageKey = new LanguageKey(language, key);
        Object kept = entries.getIfPresent(languageKey);
        if (kept != null) {
            return (T) kept;
        }
        long before = generation.get();
        T value = read.get();
        if (value != null && generation.get() == before) {
            entries.put(languageKey, value);
            // A clear between the check above and the put would otherwise leave this stale value in.
            if (generation.get() != before) {
                entries.asMap().remove(languageKey, value);
            }
        }
        return value;
    }

    /** What the kept values weigh now (bytes of JSON and overhead), after pending removals. */
    public long weight() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /**
     * Compares the database's version with the one kept by, at most every {@link #CHECK_EVERY} (one
     * caller at a time does it, the others go on with what is kept), and empties the cache if it moved.
     */
    private void checkVersion() {
        if (version == null) {
            return;
        }
        long now = ticker.read();
        long last = lastCheck.get();
        if (now - last < CHECK_EVERY.toNanos() || !lastCheck.compareAndSet(last, now)) {
            return;
        }
        long current;
        try {
            current = version.getAsLong();
        } catch (RuntimeException e) {
            // Unknown: keep nothing until it can be read again.
            clear();
            keptVersion = Long.MIN_VALUE;
            return;
        }
        moveTo(current);
    }

    /** Versions only grow: a lower one was read before a commit this process already knows of. */
    private synchronized void moveTo(long current) {
        if (current > keptVersion) {
            clear();
            keptVersion = current;
        }
    }

    /** Everything is read again from the next request on. */
    void clear() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    void onTransition(@Observes(during = TransactionPhase.AFTER_COMPLETION) EditionTransitioned event) {
        clear();
    }

    /** A change of what the public pages show (a gallery consent, an author's erasure). */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) PublicPagesChanged event) {
        clear();
    }

    /**
     * Announced to every process, in the transaction of the change (committed with it or not at all).
     * Once committed, this process empties its cache and keeps by the version of its own change, so
     * that it does not take its own change for another's and empty its cache a second time.
     */
    void announceTransition(@Observes EditionTransitioned event) {
        announce.accept(ChangeVersions.PUBLIC_PAGES, this::ownChangeCommitted);
    }

    void announceChange(@Observes PublicPagesChanged event) {
        announce.accept(ChangeVersions.PUBLIC_PAGES, this::ownChangeCommitted);
    }

    /** Everything kept now was read before this version was committed, so it goes too. */
    synchronized void ownChangeCommitted(long committedVersion) {
        clear();
        keptVersion = Math.max(keptVersion, committedVersion);
    }

    /** One page in one language. */
    private record LanguageKey(Language language, Object page) {
    }

    private static int jsonLength(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            // Not expected for the records kept here; weigh it as too heavy to keep.
            return Integer.MAX_VALUE;
        }
    }

    private static int saturated(long weight) {
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }
}
