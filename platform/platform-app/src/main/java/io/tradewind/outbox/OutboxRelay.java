package io.tradewind.outbox;

import io.tradewind.jobs.ClusterLock;
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
 * Delivers outbox events to their listeners. One replica at a time relays (a cluster lock); each
 * tenant's events go out in id order, and a tenant whose listener fails is retried from the failed
 * event on the next run, so nothing is skipped or reordered.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final String LOCK = "outbox-relay";

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    @Inject
    OutboxBatch batch;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OUTBOX_POLL_MILLIS", defaultValue = "1000")
    long pollMillis;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(100) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::relay, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void relay() {
        try {
            if (!lock.tryAcquire(LOCK, Duration.ofMillis(Math.max(30_000, pollMillis * 10)))) {
                return;
            }
            for (long tenant : tenantsWithPendingEvents()) {
                TenantContext.runAs(tenant, batch::deliverPending);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Outbox relay run failed", e);
        }
    }

    private List<Long> tenantsWithPendingEvents() throws SQLException {
        List<Long> tenants = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT tenant_id FROM outbox_event WHERE published_at IS NULL GROUP BY tenant_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getLong(1));
            }
        }
        return tenants;
    }
}
