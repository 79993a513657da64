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
}
