package io.tradewind.plugin;

import io.tradewind.api.PluginCallException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Timeout and bulkhead around one call into a plugin, free of container types so that it can be
 * measured on its own (bench/plugin-host.sh). By default the call runs on {@code executor} with
 * the plugin's classloader as context classloader and the caller waits at most {@code
 * timeoutMillis}. Plugins the operator listed as inline run on the caller's thread under an
 * {@link InlineWatch} instead, until their first timeout (ADR 0215).
 */
final class PluginGuard {

    private final ExecutorService executor;
    private final long timeoutMillis;
    private final int concurrency;
    private final Map<String, Semaphore> bulkheads = new ConcurrentHashMap<>();
    private final Set<String> inline;
    private final InlineWatch watch;

    PluginGuard(ExecutorService executor, long timeoutMillis, int concurrency) {
        this(executor, timeoutMillis, concurrency, Set.of(), null);
    }

    /** @param watch cuts off inline calls at the timeout; needed only when {@code inline} is not empty */
    PluginGuard(ExecutorService executor, long timeoutMillis, int concurrency, Set<String> inline, InlineWatch watch) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
        this.concurrency = concurrency;
        this.inline = ConcurrentHashMap.newKeySet();
        this.inline.addAll(inline);
        this.watch = watch;
        if (!inline.isEmpty() && watch == null) {
            throw new IllegalArgumentException("inline plugins need a watch");
        }
    }

    <T> CallOutcome<T> call(String pluginId, ClassLoader pluginLoader, Callable<T> work) {
        Semaphore bulkhead = bulkheads.get(pluginId);
        if (bulkhead == null) {
            bulkhead = bulkheads.computeIfAbsent(pluginId, id -> new Semaphore(concurrency));
        }
        if (!bulkhead.tryAcquire()) {
            return CallOutcome.failed(PluginFailure.Kind.REJECTED, "too many concurrent calls");
        }
        return inline.contains(pluginId)
                ? inline(pluginId, pluginLoader, work, bulkhead)
                : handOff(pluginLoader, work, bulkhead);
    }

    /** Whether calls into the plugin still run on the caller's thread (false after its first timeout). */
    boolean runsInline(String pluginId) {
        return inline.contains(pluginId);
    }

    private <T> CallOutcome<T> handOff(ClassLoader pluginLoader, Callable<T> work, Semaphore bulkhead) {
        Call<T> call = new Call<>(pluginLoader, work, bulkhead);
        try {
            executor.execute(call);
        } catch (RejectedExecutionException e) {
            call.release();
            return CallOutcome.failed(PluginFailure.Kind.REJECTED, "no thread available");
        }
        try {
            return CallOutcome.of(call.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cutOff();
            return timedOut();
        } catch (ExecutionException e) {
            return error(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cutOff();
            return CallOutcome.failed(PluginFailure.Kind.TIMEOUT, "interrupted");
        }
    }

    private <T> CallOutcome<T> inline(String pluginId, ClassLoader pluginLoader, Callable<T> work, Semaphore bulkhead) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginLoader);
        InlineWatch.Slot slot = watch.begin();
        try {
            T value = work.call();
            return slot.end() ? CallOutcome.of(value) : demote(pluginId);
        } catch (Throwable e) {
            return slot.end() ? error(e) : demote(pluginId);
        } finally {
            thread.setContextClassLoader(previous);
            bulkhead.release();
        }
    }

    /** A plugin that overran its time on the caller's thread is handed off from now on. */
    private <T> CallOutcome<T> demote(String pluginId) {
        inline.remove(pluginId);
        return timedOut();
    }

    private <T> CallOutcome<T> timedOut() {
        return CallOutcome.failed(PluginFailure.Kind.TIMEOUT, "no answer within " + timeoutMillis + " ms");
    }

    private static <T> CallOutcome<T> error(Throwable cause) {
        return CallOutcome.failed(PluginFailure.Kind.ERROR,
                cause instanceof PluginCallException ? cause.getMessage() : cause.getClass().getName());
    }

    /**
     * One handed-off call: a single object for the task, its result and its bulkhead permit. The
     * permit is given back once: by the call when it ends, or by {@link #cutOff} when the call was
     * cancelled before it ever ran (a call still queued at the timeout would otherwise hold it for good).
     */
    private static final class Call<T> extends FutureTask<T> {

        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int RELEASED = 2;

        private final ClassLoader loader;
        private final Semaphore bulkhead;
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Call(ClassLoader loader, Callable<T> work, Semaphore bulkhead) {
            super(work);
            this.loader = loader;
            this.bulkhead = bulkhead;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                super.run();
            } finally {
                thread.setContextClassLoader(previous);
                release();
            }
        }

        void cutOff() {
            cancel(true);
            if (state.compareAndSet(QUEUED, RELEASED)) {
                bulkhead.release();
            }
        }

        void release() {
            if (state.getAndSet(RELEASED) != RELEASED) {
                bulkhead.release();
            }
        }
    }
}
