package io.tradewind.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.api.PluginCallException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginGuardTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final PluginGuard guard = new PluginGuard(executor, 200, 2);
    private final ClassLoader loader = new ClassLoader(null) { };

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void answersWithThePluginsClassloaderCurrent() {
        CallOutcome<ClassLoader> outcome = guard.call("p", loader, () -> Thread.currentThread().getContextClassLoader());
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.value()).isSameAs(loader);
    }

    @Test
    void aHangingCallIsCutOffAtTheTimeout() {
        long started = System.nanoTime();
        CallOutcome<String> outcome = guard.call("p", loader, () -> {
            Thread.sleep(10_000);
            return "late";
        });
        assertThat(outcome.failure()).isEqualTo(PluginFailure.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void errorsAreReportedWithoutLeakingForeignMessages() {
        assertThat(guard.call("p", loader, () -> {
            throw new PluginCallException("model broken");
        }).detail()).isEqualTo("model broken");
        assertThat(guard.call("p", loader, () -> {
            throw new IllegalStateException("secret internals");
        }).detail()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void theBulkheadRejectsCallsBeyondThePluginsShare() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        PluginGuard slow = new PluginGuard(executor, 5_000, 2);
        Thread first = new Thread(() -> slow.call("p", loader, () -> release.await(5, java.util.concurrent.TimeUnit.SECONDS)));
        Thread second = new Thread(() -> slow.call("p", loader, () -> release.await(5, java.util.concurrent.TimeUnit.SECONDS)));
        first.start();
        second.start();
        Thread.sleep(300);
        assertThat(slow.call("p", loader, () -> "x").failure()).isEqualTo(PluginFailure.Kind.REJECTED);
        assertThat(slow.call("other", loader, () -> "x").ok()).as("another plugin's share").isTrue();
        release.countDown();
        first.join();
        second.join();
        assertThat(slow.call("p", loader, () -> "x").ok()).isTrue();
    }

    @Test
    void callsThatTimeOutBeforeTheyStartGiveTheirPermitBack() throws Exception {
        ExecutorService busy = Executors.newSingleThreadExecutor();
        try {
            PluginGuard narrow = new PluginGuard(busy, 100, 2);
            CountDownLatch hold = new CountDownLatch(1);
            busy.submit(() -> {
                hold.await();
                return null;
            });
            // Each call waits in the queue behind the busy thread and is cut off before it starts.
            for (int i = 0; i < 4; i++) {
                assertThat(narrow.call("p", loader, () -> "never").failure()).isEqualTo(PluginFailure.Kind.TIMEOUT);
            }
            hold.countDown();
            assertThat(narrow.call("p", loader, () -> "answer").value()).isEqualTo("answer");
        } finally {
            busy.shutdownNow();
        }
    }
    @Test
    void inlineCallsRunOnTheCallersThreadWithThePluginsClassloader() {
        InlineWatch watch = new InlineWatch(200);
        PluginGuard trusting = new PluginGuard(executor, 200, 2, java.util.Set.of("p"), watch);
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        CallOutcome<Thread> outcome = trusting.call("p", loader, () -> {
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(loader);
            return Thread.currentThread();
        });
        assertThat(outcome.value()).isSameAs(caller);
        assertThat(caller.getContextClassLoader()).isSameAs(before);
        assertThat(trusting.call("p", loader, () -> {
            throw new PluginCallException("model broken");
        }).detail()).isEqualTo("model broken");
        assertThat(trusting.call("other", loader, () -> Thread.currentThread()).value()).as("not listed").isNotSameAs(caller);
    }

    @Test
    void aHangingInlineCallIsCutOffByTheWatchAndThePluginIsHandedOffFromThen() throws Exception {
        InlineWatch watch = new InlineWatch(200);
        java.util.concurrent.ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
        sweeper.scheduleAtFixedRate(watch::sweep, 10, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            PluginGuard trusting = new PluginGuard(executor, 200, 2, java.util.Set.of("p"), watch);
            long started = System.nanoTime();
            CallOutcome<String> outcome = trusting.call("p", loader, () -> {
                Thread.sleep(10_000);
                return "late";
            });
            assertThat(outcome.failure()).isEqualTo(PluginFailure.Kind.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt is cleared").isFalse();
            assertThat(trusting.runsInline("p")).isFalse();
            Thread caller = Thread.currentThread();
            assertThat(trusting.call("p", loader, () -> Thread.currentThread()).value()).isNotSameAs(caller);
            // A fast call after a slow one on the same thread is never cut by a stale sweep.
            PluginGuard fresh = new PluginGuard(executor, 200, 2, java.util.Set.of("q"), watch);
            for (int i = 0; i < 1000; i++) {
                assertThat(fresh.call("q", loader, () -> "fast").ok()).isTrue();
            }
        } finally {
            sweeper.shutdownNow();
        }
    }
}
