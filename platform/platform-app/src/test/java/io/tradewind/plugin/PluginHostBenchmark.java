package io.tradewind.plugin;

import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The host's overhead per extension call: the same trivial scorer called directly and through
 * {@link PluginGuard} (bulkhead, hand-off to a worker thread, timeout wait, context classloader).
 * Run with bench/plugin-host.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PluginHostBenchmark {

    private ExecutorService executor;
    private PluginGuard guard;
    private LeadScorer scorer;
    private LeadFacts lead;
    private ClassLoader loader;

    @Setup
    public void setUp() {
        executor = Executors.newFixedThreadPool(4);
        guard = new PluginGuard(executor, 2000, 16);
        scorer = (context, facts) -> Optional.of(new LeadScore(facts.company().length() % 100, "bench"));
        lead = new LeadFacts(1L, "web-form", "Acme Medical", "Li Lei", "CN-31", "medical", Map.of());
        loader = PluginHostBenchmark.class.getClassLoader();
    }

    @TearDown
    public void tearDown() {
        executor.shutdownNow();
    }

    @Benchmark
    public Optional<LeadScore> direct() {
        return scorer.score(null, lead);
    }

    @Benchmark
    public Optional<LeadScore> guarded() {
        return guard.call("bench", loader, () -> scorer.score(null, lead)).value();
    }
}
