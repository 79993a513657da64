package io.tradewind.jobs;

import io.tradewind.persistence.Clock;
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
import java.sql.SQLException;
import io.tradewind.persistence.InstantConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes what has expired: idempotency records after a day, spent or expired sign-in secrets, and
 * delivered events after TRADEWIND_EVENT_RETENTION_DAYS. Hourly, on one replica.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "TRADEWIND_EVENT_RETENTION_DAYS", defaultValue = "30")
    long eventRetentionDays;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(100) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::run, 5, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        if (!lock.tryAcquire("housekeeping", Duration.ofMinutes(50))) {
            return;
        }
        Instant now = Clock.now();
        delete("DELETE FROM idempotency_record WHERE created_at < ?", now.minus(Duration.ofDays(1)));
        delete("DELETE FROM refresh_token WHERE expires_at < ?", now);
        delete("DELETE FROM user_token WHERE expires_at < ?", now);
        delete("DELETE FROM outbox_event WHERE published_at < ?", now.minus(Duration.ofDays(eventRetentionDays)));
    }

    private void delete(String sql, Instant before) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, InstantConverter.utcText(before));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Housekeeping failed: " + sql, e);
        }
    }
}
