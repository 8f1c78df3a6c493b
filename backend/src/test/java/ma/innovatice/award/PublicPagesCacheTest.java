package ma.innovatice.award;

import ma.innovatice.common.config.InnovaticeConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesCacheTest {

    private static PublicPagesCache cache(Duration ttl) {
        InnovaticeConfig config = (InnovaticeConfig) Proxy.newProxyInstance(InnovaticeConfig.class.getClassLoader(),
                new Class<?>[] {InnovaticeConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("publicCacheTtl")) {
                        return ttl;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new PublicPagesCache(config);
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

    @Test
    void shouldReadEveryTimeWhenTurnedOffAndExpireKeptValues() throws InterruptedException {
        PublicPagesCache off = cache(Duration.ZERO);
        AtomicInteger reads = new AtomicInteger();
        off.get("k", reads::incrementAndGet);
        off.get("k", reads::incrementAndGet);
        assertThat(reads).hasValue(2);

        PublicPagesCache brief = cache(Duration.ofMillis(20));
        AtomicInteger again = new AtomicInteger();
        brief.get("k", again::incrementAndGet);
        Thread.sleep(40);
        brief.get("k", again::incrementAndGet);
        assertThat(again).hasValue(2);
    }

    @Test
    void shouldStartAgainFromEmptyPastTheBound() {
        PublicPagesCache cache = cache(Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i <= PublicPagesCache.MAX_ENTRIES; i++) {
            cache.get(i, reads::incrementAndGet);
        }
        assertThat(cache.<Integer>get(PublicPagesCache.MAX_ENTRIES, () -> -1)).isEqualTo(PublicPagesCache.MAX_ENTRIES + 1);
        assertThat(cache.<Integer>get(0, () -> -1)).isEqualTo(-1);
    }
}
