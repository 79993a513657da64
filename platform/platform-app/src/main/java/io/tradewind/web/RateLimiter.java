package io.tradewind.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A per-key request budget per minute on this replica (public endpoints: signup, public forms).
 * Over budget is a 429 problem with Retry-After.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, AtomicInteger used) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public void acquire(String key, int perMinute) {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        Window window = windows.compute(key, (k, current) ->
                current == null || current.minute != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.used.incrementAndGet() > perMinute) {
            long retryAfter = Math.max(1, 60 - (now / 1000) % 60);
            throw Problems.of(ProblemType.RATE_LIMITED, "problem.rate-limited.detail")
                    .withHeader("Retry-After", Long.toString(retryAfter));
        }
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute != minute);
        }
    }
}
