package io.tradewind.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LargeCountsTest {

    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void smallCountsAreExactEveryTime() {
        LargeCounts counts = new LargeCounts(Duration.ofMinutes(1));
        assertThat(counts.count("k", () -> counting(9_999))).isEqualTo(9_999);
        assertThat(counts.count("k", () -> counting(5))).isEqualTo(5);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aLargeCountIsReusedWhileFreshPerKey() {
        LargeCounts counts = new LargeCounts(Duration.ofMinutes(1));
        assertThat(counts.count("tenant-1 q", () -> counting(1_000_000))).isEqualTo(1_000_000);
        assertThat(counts.count("tenant-1 q", () -> counting(1_000_001))).isEqualTo(1_000_000);
        assertThat(counts.count("tenant-2 q", () -> counting(12_000))).isEqualTo(12_000);
        assertThat(counted).hasValue(2);
    }

    @Test
    void anAggregateOverManyRowsIsReusedWhileFreshAndOverFewRowsComputedEveryTime() {
        LargeCounts results = new LargeCounts(Duration.ofMinutes(1));
        java.util.function.ToLongFunction<java.util.List<Long>> rows = list -> list.stream().mapToLong(Long::longValue).sum();
        assertThat(results.reuse("board", () -> java.util.List.of((long) counting(6_000), 4_000L), rows)).containsExactly(6_000L, 4_000L);
        assertThat(results.reuse("board", () -> java.util.List.of((long) counting(6_001), 4_000L), rows)).containsExactly(6_000L, 4_000L);
        assertThat(results.reuse("small", () -> java.util.List.of((long) counting(3), 4L), rows)).containsExactly(3L, 4L);
        assertThat(results.reuse("small", () -> java.util.List.of((long) counting(5), 4L), rows)).containsExactly(5L, 4L);
        assertThat(counted).hasValue(3);
    }

    @Test
    void anOldLargeCountIsCountedAgainAndDroppedWhenItGotSmall() {
        LargeCounts counts = new LargeCounts(Duration.ZERO);
        counts.count("k", () -> counting(20_000));
        assertThat(counts.count("k", () -> counting(30))).isEqualTo(30);
        assertThat(counts.count("k", () -> counting(31))).isEqualTo(31);
        assertThat(counted).hasValue(3);
    }

    @Test
    void whileOneRequestRecountsTheOthersGetTheLastCount() throws Exception {
        LargeCounts counts = new LargeCounts(Duration.ZERO);
        counts.count("k", () -> 50_000);
        CountDownLatch recounting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> counts.count("k", () -> {
            recounting.countDown();
            await(release);
            return 50_100L;
        }));
        assertThat(recounting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(counts.count("k", () -> counting(99_999))).isEqualTo(50_000);
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(50_100);
        assertThat(counts.count("k", () -> counting(50_200))).isEqualTo(50_200);
        assertThat(counted).hasValue(1);
    }

    private long counting(long value) {
        counted.incrementAndGet();
        return value;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
