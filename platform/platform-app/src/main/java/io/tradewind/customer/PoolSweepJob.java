package io.tradewind.customer;

import io.tradewind.audit.AuditLog;
import io.tradewind.jobs.ClusterLock;
import io.tradewind.persistence.Clock;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Returns customers to the pool by each tenant's rules, every TRADEWIND_POOL_SWEEP_MINUTES (default
 * 60), on one replica of the cluster at a time ({@link ClusterLock}); each tenant in its own transaction.
 */
@ApplicationScoped
public class PoolSweepJob {

    private static final Logger LOG = Logger.getLogger(PoolSweepJob.class.getName());

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    @Inject
    CustomerPool pool;

    @Inject
    @ConfigProperty(name = "TRADEWIND_POOL_SWEEP_MINUTES", defaultValue = "60")
    long minutes;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(110) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::run, 7, Math.max(1, minutes), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        if (!lock.tryAcquire("customer-pool-sweep", Duration.ofMinutes(Math.max(1, minutes - 1)))) {
            return;
        }
        for (long tenant : activeTenants()) {
            try {
                TenantContext.runAs(tenant, () -> pool.sweep(Clock.now(), AuditLog.Actor.SYSTEM));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Pool sweep failed for tenant " + tenant, e);
            }
        }
    }

    private List<Long> activeTenants() {
        List<Long> tenants = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM tenant WHERE status = 'ACTIVE' AND code <> 'platform' ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Pool sweep cannot list tenants", e);
        }
        return tenants;
    }
}
