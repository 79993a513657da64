package io.tradewind.plugin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.service.ScheduledWork;
import io.tradewind.api.service.Scheduler;
import io.tradewind.jobs.ClusterLock;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PluginContext.scheduler()}: plugins' recurring jobs per tenant on the container's scheduled
 * executor (ADR 0204). A run happens only while the tenant has the plugin enabled and not
 * suspended, on one replica at a time (a {@link ClusterLock} lease per job), through {@link
 * PluginCalls} like every other call (timeout, bulkhead, failures recorded towards suspension).
 * Jobs live in memory: {@link ScheduledWork} registers them again on each replica at start and
 * after an upgrade, and for one tenant when it enables the plugin.
 */
@ApplicationScoped
public class PluginJobs {

    private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());

    record Key(String pluginId, long tenantId, String name) {
    }

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    @Inject
    Enablements enablements;

    @Inject
    PluginCalls calls;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_MIN_JOB_INTERVAL_SECONDS", defaultValue = "60")
    long minIntervalSeconds;

    private final Map<Key, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();

    Scheduler.ScheduledJob schedule(String pluginId, long tenantId, String name, Duration interval,
                                    Consumer<PluginContext> job) {
        if (name == null || name.isBlank() || name.length() > 40) {
            throw new IllegalArgumentException("a job needs a name of 1 to 40 characters");
        }
        Duration every = interval == null || interval.getSeconds() < minIntervalSeconds
                ? Duration.ofSeconds(minIntervalSeconds) : interval;
        Key key = new Key(pluginId, tenantId, name);
        ScheduledFuture<?> future = executor.scheduleWithFixedDelay(() -> run(key, every, job),
                every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> earlier = jobs.put(key, future);
        if (earlier != null) {
            earlier.cancel(false);
        }
        return () -> {
            if (jobs.remove(key, future)) {
                future.cancel(false);
            }
        };
    }

    private void run(Key key, Duration every, Consumer<PluginContext> job) {
        try {
            Optional<EnabledPlugin> enabled = enabled(key.pluginId(), key.tenantId());
            // Disabled or suspended (possibly on another replica): skip, and run again once it is back on.
            if (enabled.isEmpty()) {
                return;
            }
            String lease = "plugin-job:" + key.pluginId() + ":" + key.tenantId() + ":" + key.name();
            if (!lock.tryAcquire(lease.length() > 100 ? lease.substring(0, 100) : lease, every.multipliedBy(2))) {
                return;
            }
            TenantContext.runAs(key.tenantId(), () -> calls.call(enabled.get(), "Scheduler", Locale.ENGLISH, context -> {
                job.accept(context);
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + key + " failed outside the plugin", e);
        }
    }

    /** Lets the plugin register its jobs for a tenant that enabled it. */
    void register(String pluginId, long tenantId) {
        enabled(pluginId, tenantId).ifPresent(enabled -> {
            for (ScheduledWork work : enabled.plugin().extensions(ScheduledWork.class)) {
                TenantContext.runAs(tenantId, () -> calls.call(enabled, "ScheduledWork", Locale.ENGLISH, context -> {
                    work.schedule(context);
                    return null;
                }));
            }
        });
    }

    /** Registers the plugin's jobs for every tenant that has it enabled (start, upgrade). */
    void registerAll(HostedPlugin plugin) {
        if (!plugin.started() || plugin.extensions(ScheduledWork.class).isEmpty()) {
            return;
        }
        for (long tenant : tenantsWith(plugin.id())) {
            try {
                register(plugin.id(), tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduling plugin " + plugin.id() + " for tenant " + tenant + " failed", e);
            }
        }
    }

    /** Stops a tenant's jobs of the plugin (disable, uninstall on this replica). */
    void stop(String pluginId, long tenantId) {
        jobs.keySet().removeIf(key -> {
            if (key.pluginId().equals(pluginId) && key.tenantId() == tenantId) {
                Optional.ofNullable(jobs.get(key)).ifPresent(f -> f.cancel(false));
                return true;
            }
            return false;
        });
    }

    /** Stops every job of the plugin (unloaded or replaced by a new version). */
    void stopAll(String pluginId) {
        jobs.keySet().removeIf(key -> {
            if (key.pluginId().equals(pluginId)) {
                Optional.ofNullable(jobs.get(key)).ifPresent(f -> f.cancel(false));
                return true;
            }
            return false;
        });
    }

    /** How many jobs this replica holds for a tenant's plugin. */
    int count(String pluginId, long tenantId) {
        return (int) jobs.keySet().stream().filter(k -> k.pluginId().equals(pluginId) && k.tenantId() == tenantId).count();
    }

    @PreDestroy
    void shutdown() {
        jobs.values().forEach(f -> f.cancel(false));
        jobs.clear();
    }

    private Optional<EnabledPlugin> enabled(String pluginId, long tenantId) {
        return enablements.forTenant(tenantId).stream().filter(e -> e.plugin().id().equals(pluginId)).findFirst();
    }

    /** The tenants that have the plugin enabled and not suspended. */
    List<Long> tenantsWith(String pluginId) {
        List<Long> tenants = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT tenant_id FROM plugin_installation "
                     + "WHERE plugin_id = ? AND enabled = TRUE AND suspended = FALSE")) {
            query.setString(1, pluginId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot list the tenants of plugin " + pluginId, e);
        }
        return tenants;
    }
}
