package io.tradewind.plugin;

import io.tradewind.api.PluginCallException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Timeout and bulkhead around one call into a plugin, free of container types so that it can be
 * measured on its own (bench/plugin-host.sh). The call runs on {@code executor} with the plugin's
 * classloader as context classloader; the caller waits at most {@code timeoutMillis}.
 */
final class PluginGuard {

    private final ExecutorService executor;
    private final long timeoutMillis;
    private final int concurrency;
    private final Map<String, Semaphore> bulkheads = new ConcurrentHashMap<>();

    PluginGuard(ExecutorService executor, long timeoutMillis, int concurrency) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
        this.concurrency = concurrency;
    }

    <T> CallOutcome<T> call(String pluginId, ClassLoader pluginLoader, Callable<T> work) {
        Semaphore bulkhead = bulkheads.computeIfAbsent(pluginId, id -> new Semaphore(concurrency));
        if (!bulkhead.tryAcquire()) {
            return CallOutcome.failed(PluginFailure.Kind.REJECTED, "too many concurrent calls");
        }
        // Released once: by the call when it ends, or here when it is cancelled before it ever ran
        // (a call still queued at the timeout would otherwise hold its permit for good).
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                bulkhead.release();
            }
        };
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                started.set(true);
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(pluginLoader);
                try {
                    return work.call();
                } finally {
                    thread.setContextClassLoader(previous);
                    release.run();
                }
            });
        } catch (RejectedExecutionException e) {
            release.run();
            return CallOutcome.failed(PluginFailure.Kind.REJECTED, "no thread available");
        }
        try {
            return CallOutcome.of(future.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            if (future.cancel(true) && !started.get()) {
                release.run();
            }
            return CallOutcome.failed(PluginFailure.Kind.TIMEOUT, "no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return CallOutcome.failed(PluginFailure.Kind.ERROR,
                    cause instanceof PluginCallException ? cause.getMessage() : cause.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (future.cancel(true) && !started.get()) {
                release.run();
            }
            return CallOutcome.failed(PluginFailure.Kind.TIMEOUT, "interrupted");
        }
    }
}
