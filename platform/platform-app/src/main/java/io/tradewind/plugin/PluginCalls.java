package io.tradewind.plugin;

import io.tradewind.api.PluginContext;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call into a plugin goes through here: on a worker thread with a timeout (a hanging plugin
 * does not hold the caller), behind a per-plugin bulkhead (a slow plugin cannot take every
 * thread), with the tenant and the plugin's classloader current, and with failures recorded and
 * counted towards suspension. Plugins listed in {@code TRADEWIND_PLUGIN_INLINE} run on the caller's
 * thread instead, cut off by an {@link InlineWatch}, until their first timeout (ADR 0215). Hand-made
 * rather than MicroProfile Fault Tolerance because the bulkheads are per plugin, known only at run
 * time, not per annotated method (ADR 0202).
 */
@ApplicationScoped
public class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    FailureRecorder failures;

    @Inject
    PluginServices services;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_TIMEOUT_MILLIS", defaultValue = "2000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_CONCURRENCY", defaultValue = "16")
    int concurrency;

    /** Plugins the operator trusts to run on the caller's thread, comma-separated (ADR 0215). */
    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_INLINE")
    Optional<String> inlinePlugins;

    PluginGuard guard;
    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void init() {
        Set<String> inline = inlinePlugins.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        InlineWatch watch = null;
        if (!inline.isEmpty()) {
            watch = new InlineWatch(timeoutMillis);
            long every = Math.max(5, Math.min(100, timeoutMillis / 20));
            sweeping = scheduler.scheduleAtFixedRate(watch::sweep, every, every, TimeUnit.MILLISECONDS);
            LOG.info("Plugins called on the caller's thread: " + inline);
        }
        guard = new PluginGuard(executor, timeoutMillis, concurrency, inline, watch);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    <T> CallOutcome<T> call(EnabledPlugin enabled, String extensionPoint, Locale locale,
                            Function<PluginContext, T> work) {
        long tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("no tenant"));
        HostedPlugin plugin = enabled.plugin();
        PluginContext context = services.context(plugin, tenant, locale, enabled.settings());
        CallOutcome<T> outcome = guard.call(plugin.id(), plugin.classLoader(),
                () -> TenantContext.callAs(tenant, () -> work.apply(context)));
        if (outcome.ok()) {
            failures.succeeded(tenant, plugin.id());
        } else {
            try {
                failures.failed(tenant, plugin.id(), extensionPoint, outcome.failure(), outcome.detail());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a failure of plugin " + plugin.id(), e);
            }
        }
        return outcome;
    }
}
