package io.tradewind.plugin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.service.ScheduledWork;
import io.tradewind.api.service.Scheduler;
import io.tradewind.jobs.ClusterLock;
import io.tradewind.persistence.Clock;
import io.tradewind.tenancy.TenantZones;
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
import java.time.Instant;
import java.time.ZoneId;
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
 * executor, at a fixed delay (ADR 0204) or on a cron schedule in the tenant's zone (ADR 0216). A run happens only while the tenant has the plugin enabled and not
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
    TenantZones zones;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_MIN_JOB_INTERVAL_SECONDS", defaultValue = "60")
    long minIntervalSeconds;

    private final Map<Key, Scheduler.ScheduledJob> jobs = new ConcurrentHashMap<>();

    Scheduler.ScheduledJob schedule(String pluginId, long tenantId, String name, Duration interval,
                                    Consumer<PluginContext> job) {
        Key key = key(pluginId, tenantId, name);
        Duration every = interval == null || interval.getSeconds() < minIntervalSeconds
                ? Duration.ofSeconds(minIntervalSeconds) : interval;
        ScheduledFuture<?> future = executor.scheduleWithFixedDelay(() -> run(key, every.multipliedBy(2), job),
                every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return keep(key, () -> future.cancel(false));
    }

    /** A job at the times a cron expression names in the tenant's zone (ADR 0216). */
    Scheduler.ScheduledJob scheduleCron(String pluginId, long tenantId, String name, String expression,
                                        Consumer<PluginContext> job) {
        Key key = key(pluginId, tenantId, name);
        CronRuns runs = new CronRuns(key, CronSchedule.parse(expression), job);
        runs.arm(null);
        return keep(key, runs::cancel);
    }

    private static Key key(String pluginId, long tenantId, String name) {
        if (name == null || name.isBlank() || name.length() > 40) {
            throw new IllegalArgumentException("a job needs a name of 1 to 40 characters");
        }
        return new Key(pluginId, tenantId, name);
    }

    /** Holds the job under its key, cancelling one scheduled earlier under the same name. */
    private Scheduler.ScheduledJob keep(Key key, Scheduler.ScheduledJob scheduled) {
        Scheduler.ScheduledJob earlier = jobs.put(key, scheduled);
        if (earlier != null) {
            earlier.cancel();
        }
        return () -> {
            if (jobs.remove(key, scheduled)) {
                scheduled.cancel();
            }
        };
    }

    /**
     * A cron job arms one run at a time, at the next time its expression names in the tenant's zone
     * (read at each arming, so a changed zone counts from the next run). Every replica arms the same
     * times; the lease, held until the next time, lets one of them run each.
     */
    private final class CronRuns {

        private final Key key;
        private final CronSchedule schedule;
        private final Consumer<PluginContext> job;
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> armed;

        CronRuns(Key key, CronSchedule schedule, Consumer<PluginContext> job) {
            this.key = key;
            this.schedule = schedule;
            this.job = job;
        }

        void arm(Instant previous) {
            if (cancelled) {
                return;
            }
            Duration minGap = Duration.ofSeconds(minIntervalSeconds);
            ZoneId zone = zones.of(key.tenantId());
            Optional<Instant> at = schedule.next(Clock.now(), previous, minGap, zone);
            if (at.isEmpty()) {
                return;
            }
            long delay = Math.max(0, Duration.between(Clock.now(), at.get()).toMillis());
            armed = executor.schedule(() -> fire(at.get(), minGap, zone), delay, TimeUnit.MILLISECONDS);
            if (cancelled) {
                armed.cancel(false);
            }
        }

        private void fire(Instant at, Duration minGap, ZoneId zone) {
            try {
                Duration lease = schedule.next(at, at, minGap, zone).map(next -> Duration.between(at, next)).orElse(minGap);
                run(key, lease.compareTo(minGap) < 0 ? minGap : lease, job);
            } finally {
                arm(at);
            }
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> next = armed;
            if (next != null) {
                next.cancel(false);
            }
        }
    }

    private void run(Key key, Duration lease, Consumer<PluginContext> job) {
        try {
            Optional<EnabledPlugin> enabled = enabled(key.pluginId(), key.tenantId());
            // Disabled or suspended (possibly on another replica): skip, and run again once it is back on.
            if (enabled.isEmpty()) {
                return;
            }
            String name = "plugin-job:" + key.pluginId() + ":" + key.tenantId() + ":" + key.name();
            if (!lock.tryAcquire(name.length() > 100 ? name.substring(0, 100) : name, lease)) {
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
                Optional.ofNullable(jobs.get(key)).ifPresent(Scheduler.ScheduledJob::cancel);
                return true;
            }
            return false;
        });
    }

    /** Stops every job of the plugin (unloaded or replaced by a new version). */
    void stopAll(String pluginId) {
        jobs.keySet().removeIf(key -> {
            if (key.pluginId().equals(pluginId)) {
                Optional.ofNullable(jobs.get(key)).ifPresent(Scheduler.ScheduledJob::cancel);
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
        jobs.values().forEach(Scheduler.ScheduledJob::cancel);
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
