package ma.innovatice.award;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesCacheTest {

    private static final int TEN_KB = 10_000;

    private static PublicPagesCache cache(Duration ttl) {
        return new PublicPagesCache(ttl, 1_000_000, value -> 100, System::nanoTime);
    }

    @Test
    void shouldReadOnceThenServeTheKeptValueUntilCleared() {
        PublicPagesCache cache = cache(Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("other", reads::incrementAndGet)).isEqualTo(2);
        cache.clear();
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void shouldNotKeepAValueReadWhileAChangeWasCommitted() {
        PublicPagesCache cache = cache(Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        // The read sees the database before a publication whose commit clears the cache meanwhile.
        assertThat(cache.<Integer>get("k", () -> {
            cache.clear();
            return reads.incrementAndGet();
        })).isEqualTo(1);
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
    }

    /**
     * Another API process published an edition: the database's version of the public pages moved. This
     * process compares at most every half second, and drops what it kept as soon as it sees the move.
     */
    @Test
    void shouldDropWhatItKeptWithinHalfASecondOfAnotherProcesssChange() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        AtomicLong version = new AtomicLong(7);
        AtomicInteger versionReads = new AtomicInteger();
        PublicPagesCache cache = new PublicPagesCache(Duration.ofMinutes(1), 1_000_000, value -> 100, now::get, () -> {
            versionReads.incrementAndGet();
            return version.get();
        }, (name, committed) -> committed.accept(version.incrementAndGet()));
        AtomicInteger reads = new AtomicInteger();
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(1);
        assertThat(versionReads).hasValue(1);

        // Within half a second nothing is compared: the kept value serves.
        version.incrementAndGet();
        now.addAndGet(Duration.ofMillis(499).toNanos());
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(1);
        assertThat(versionReads).hasValue(1);

        // Half a second after the last comparison, the moved version empties the cache.
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
        assertThat(versionReads).hasValue(2);

        // An unchanged version keeps what was read under it.
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
        assertThat(versionReads).hasValue(3);
    }

    /** This process's own change empties its cache once, when committed, not again at the next comparison. */
    @Test
    void shouldNotTakeItsOwnChangeForAnothersProcesss() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        AtomicLong version = new AtomicLong(3);
        PublicPagesCache cache = new PublicPagesCache(Duration.ofMinutes(1), 1_000_000, value -> 100, now::get,
                version::get, (name, committed) -> { });
        AtomicInteger reads = new AtomicInteger();
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(1);

        version.incrementAndGet();
        cache.ownChangeCommitted(version.get());
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.<Integer>get("k", reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void shouldDropWhatItKeptWhenItsVersionCannotBeRead() {
        AtomicLong now = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        PublicPagesCache cache = new PublicPagesCache(Duration.ofMinutes(1), 1_000_000, value -> 100, now::get, () -> {
            throw new IllegalStateException("database away");
        }, (name, committed) -> { });
        cache.get("k", reads::incrementAndGet);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        cache.get("k", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldReadEveryTimeWhenTurnedOff() {
        PublicPagesCache off = cache(Duration.ZERO);
        AtomicInteger reads = new AtomicInteger();
        off.get("k", reads::incrementAndGet);
        off.get("k", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
    }

    /** Expired entries leave the cache (they used to stay until the entry count overflowed). */
    @Test
    void shouldRemoveExpiredEntriesEvenWhenNotReadAgain() {
        AtomicLong now = new AtomicLong();
        PublicPagesCache cache = new PublicPagesCache(Duration.ofSeconds(60), 1_000_000, value -> 100, now::get);
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            cache.get("page-" + i, reads::incrementAndGet);
        }
        assertThat(cache.size()).isEqualTo(50);
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(cache.size()).isZero();
        assertThat(cache.weight()).isZero();
        cache.get("page-0", reads::incrementAndGet);
        assertThat(reads).hasValue(51);
    }

    /**
     * The attack: many anonymous keys with heavy values. The kept weight never passes the bound,
     * however many keys arrive, and a value heavier than the whole bound is served but not kept.
     */
    @Test
    void shouldStayUnderItsWeightWhateverTheKeys() {
        long bound = 200_000;
        PublicPagesCache cache = new PublicPagesCache(Duration.ofMinutes(10), bound, value -> ((String) value).length(),
                System::nanoTime);
        for (int i = 0; i < 5_000; i++) {
            int n = i;
            cache.get(List.of("laureates", n, "size", 100), () -> "x".repeat(TEN_KB));
            assertThat(cache.weight()).isLessThanOrEqualTo(bound);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(bound / TEN_KB);
        assertThat(cache.<String>get("huge", () -> "y".repeat(300_000))).hasSize(300_000);
        assertThat(cache.<String>get("huge", () -> "z")).isEqualTo("z");
    }
}
