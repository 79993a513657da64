package io.tradewind.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        return key + loads.incrementAndGet();
    }

    @Test
    void aValueIsKeptUntilRemoved() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        cache.remove("a");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
        cache.removeIf(key -> key.startsWith("a"));
        assertThat(cache.get("a", this::load)).isEqualTo("a3");
        cache.clear();
        assertThat(cache.get("a", this::load)).isEqualTo("a4");
    }

    @Test
    void noTimeKeepsNothing() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ZERO);
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
    }

    @Test
    void aLoadThatRacedWithARemovalIsHandedOutButNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
        assertThat(cache.get("a", key -> {
            cache.removeIf(k -> true);
            return load(key);
        })).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
    }

    @Test
    void aFailedLoadIsNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
        assertThatThrownBy(() -> cache.get("a", key -> {
            throw new IllegalStateException("no such thing");
        })).hasMessage("no such thing");
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
    }
}
