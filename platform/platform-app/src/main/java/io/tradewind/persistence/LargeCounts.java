package io.tradewind.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The {@code total} of large lists (ADR 0127). Counting a tenant's million customers reads a million
 * index entries (about a second), while the page itself comes from an index in milliseconds. A count
 * of at least {@link #LARGE} is therefore reused for {@link #FRESH} per tenant, query and parameters;
 * when it is older, one request counts again while the others keep answering with the last count.
 * Smaller counts are exact on every request. Per server: replicas each count on their own.
 */
final class LargeCounts {

    static final long LARGE = 10_000;
    static final Duration FRESH = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Result(Object value, long countedAt, AtomicBoolean recounting) {
    }

    private final Map<String, Result> counts = new ConcurrentHashMap<>();
    private final long freshNanos;

    LargeCounts() {
        this(FRESH);
    }

    LargeCounts(Duration fresh) {
        this.freshNanos = fresh.toNanos();
    }

    /** The number of rows {@code exact} counts, or its last large result for the same {@code key}. */
    long count(String key, LongSupplier exact) {
        return reuse(key, exact::getAsLong, Long::longValue);
    }

    /**
     * What {@code exact} computes over a number of rows ({@code rows} of its result), or its last result
     * for the same {@code key} when that covered at least {@link #LARGE} rows and is fresh (ADR 0131: the
     * kanban's per-stage totals, like a list's total).
     */
    <V> V reuse(String key, Supplier<V> exact, ToLongFunction<V> rows) {
        Result last = counts.get(key);
        if (last != null) {
            boolean fresh = System.nanoTime() - last.countedAt() < freshNanos;
            if (fresh || !last.recounting().compareAndSet(false, true)) {
                @SuppressWarnings("unchecked")
                V value = (V) last.value();
                return value;
            }
        }
        try {
            V value = exact.get();
            long size = rows.applyAsLong(value);
            if (size >= LARGE) {
                if (counts.size() >= MAX_ENTRIES) {
                    counts.clear();
                }
                counts.put(key, new Result(value, System.nanoTime(), new AtomicBoolean()));
            } else if (last != null) {
                counts.remove(key);
            }
            return value;
        } finally {
            if (last != null) {
                last.recounting().set(false);
            }
        }
    }
}
