package io.tradewind.plugin;

import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import io.tradewind.api.settings.PluginSettings;
import io.tradewind.tenancy.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * The host's overhead per extension call: the same trivial scorer called directly, through {@link
 * PluginGuard} alone (handed off to a worker thread, or inline on the caller's thread under the
 * watch), and through the whole host path an enabled tenant's request takes ({@link Extensions}:
 * the tenant's cached enablements, {@link PluginCalls} with the tenant's context and settings,
 * the guard). Run with bench/plugin-host.sh; ADR 0215 reads the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PluginHostBenchmark {

    private static final long TENANT = 1L;

    private ExecutorService executor;
    private ScheduledExecutorService sweeper;
    private PluginGuard handOff;
    private PluginGuard inline;
    private Extensions handedOffHost;
    private Extensions inlineHost;
    private LeadScorer scorer;
    private LeadFacts lead;
    private ClassLoader loader;

    @Setup
    public void setUp() {
        executor = Executors.newFixedThreadPool(4);
        sweeper = Executors.newSingleThreadScheduledExecutor();
        InlineWatch watch = new InlineWatch(2000);
        sweeper.scheduleAtFixedRate(watch::sweep, 100, 100, TimeUnit.MILLISECONDS);
        handOff = new PluginGuard(executor, 2000, 16);
        inline = new PluginGuard(executor, 2000, 16, Set.of("bench"), watch);
        scorer = (context, facts) -> Optional.of(new LeadScore(facts.company().length() % 100, "bench"));
        lead = new LeadFacts(1L, "web-form", "Acme Medical", "Li Lei", "CN-31", "medical", Map.of());
        loader = PluginHostBenchmark.class.getClassLoader();
        handedOffHost = host(handOff);
        inlineHost = host(inline);
        TenantContext.enter(TENANT);
    }

    /** The host as the container wires it, with one plugin enabled for the tenant (no database). */
    private Extensions host(PluginGuard guard) {
        HostedPlugin plugin = new HostedPlugin("bench", "1.0.0", "", "bench", "*", true, true, loader,
                Map.of(LeadScorer.class, List.of(scorer)), null);
        List<EnabledPlugin> enabled = List.of(new EnabledPlugin(plugin, new PluginSettings("{\"score\":1}", Map.of("score", 1))));
        Extensions extensions = new Extensions();
        extensions.enablements = new Enablements() {
            @Override
            public List<EnabledPlugin> forTenant(long tenantId) {
                return enabled;
            }
        };
        extensions.calls = new PluginCalls();
        extensions.calls.services = new PluginServices();
        extensions.calls.failures = new FailureRecorder();
        extensions.calls.guard = guard;
        return extensions;
    }

    @TearDown
    public void tearDown() {
        TenantContext.leave();
        sweeper.shutdownNow();
        executor.shutdownNow();
    }

    @Benchmark
    public Optional<LeadScore> direct() {
        return scorer.score(null, lead);
    }

    @Benchmark
    public Optional<LeadScore> guarded() {
        return handOff.call("bench", loader, () -> scorer.score(null, lead)).value();
    }

    @Benchmark
    public Optional<LeadScore> guardedInline() {
        return inline.call("bench", loader, () -> scorer.score(null, lead)).value();
    }

    @Benchmark
    public Optional<LeadScore> host() {
        return handedOffHost.scoreLead(lead);
    }

    @Benchmark
    public Optional<LeadScore> hostInline() {
        return inlineHost.scoreLead(lead);
    }
}
