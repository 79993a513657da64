package io.tradewind.reminder;

import io.tradewind.jobs.ClusterLock;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.persistence.Clock;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers due reminders every TRADEWIND_REMINDER_POLL_SECONDS, on one replica at a time (cluster
 * lock), tenant by tenant; before that, lets each {@link CareDates} source schedule what falls due.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    private static final int PER_TENANT = 500;

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    @Inject
    ReminderService reminders;

    @Inject
    Instance<CareDates> careDates;

    @Inject
    @ConfigProperty(name = "TRADEWIND_REMINDER_POLL_SECONDS", defaultValue = "60")
    long pollSeconds;

    @Inject
    BusinessCalendar calendar;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CARE_SCAN_MINUTES", defaultValue = "60")
    long careScanMinutes;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CARE_DAYS_AHEAD", defaultValue = "3")
    int careDaysAhead;

    private final Map<Long, Instant> lastCareScan = new ConcurrentHashMap<>();

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::run, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        try {
            if (!lock.tryAcquire("reminders", Duration.ofSeconds(Math.max(30, pollSeconds * 3)))) {
                return;
            }
            for (long tenant : activeTenants()) {
                TenantContext.runAs(tenant, () -> {
                    scheduleCare(tenant);
                    reminders.deliverDue(PER_TENANT);
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder delivery failed", e);
        }
    }

    /** Each tenant's coming care dates, looked at most every TRADEWIND_CARE_SCAN_MINUTES on this server. */
    private void scheduleCare(long tenant) {
        Instant now = Clock.now();
        Instant last = lastCareScan.get(tenant);
        if (last != null && last.plus(Duration.ofMinutes(careScanMinutes)).isAfter(now)) {
            return;
        }
        lastCareScan.put(tenant, now);
        LocalDate today = calendar.dayOf(now);
        careDates.forEach(source -> source.schedule(today, today.plusDays(careDaysAhead)));
    }

    private List<Long> activeTenants() {
        List<Long> tenants = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM tenant WHERE status <> 'SUSPENDED'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot list tenants for reminders", e);
        }
        return tenants;
    }
}
