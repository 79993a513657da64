package io.tradewind.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values kept for a fixed time after they were loaded, for the short per-replica caches of rarely changing
 * records (tenants, callers, custom field definitions). A change on this replica removes what it touches at
 * once; other replicas see it when their entry expires. A load that ran while entries were being removed is
 * handed out but not kept, since it may have read the state before the change.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong removals = new AtomicLong();
    private final long ttlNanos;

    /** A zero or negative {@code ttl} keeps nothing: every get loads. */
    public ExpiringCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value of {@code key}, loaded when absent or expired; what {@code load} throws is not kept. */
    public V get(K key, Function<? super K, ? extends V> load) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt - now > 0) {
            return entry.value;
        }
        long seen = removals.get();
        V value = load.apply(key);
        if (ttlNanos > 0 && removals.get() == seen) {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    public void removeIf(Predicate<? super K> which) {
        removals.incrementAndGet();
        entries.keySet().removeIf(which);
    }

    public void remove(K key) {
        removals.incrementAndGet();
        entries.remove(key);
    }

    public void clear() {
        removeIf(key -> true);
    }
}
