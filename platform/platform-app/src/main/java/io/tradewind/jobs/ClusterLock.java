package io.tradewind.jobs;

import io.tradewind.persistence.Clock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import io.tradewind.persistence.InstantConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A lease in the database that lets one replica of a cluster run a scheduled job at a time. The
 * holder renews it on every run; if it dies, another replica takes over once the lease expires.
 * Times are bound as text to keep their microseconds on MariaDB ({@link InstantConverter#utcText}).
 */
@ApplicationScoped
public class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

    /** This replica, as lock owners know it. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    private final String owner;

    public ClusterLock() {
        this(null, NODE);
    }

    /** A lock taken as {@code owner}: ClusterLockIT plays several replicas on one database with it. */
    ClusterLock(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    /** True when this replica holds {@code name} for the next {@code lease}. */
    public boolean tryAcquire(String name, Duration lease) {
        Instant now = Clock.now();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement renew = connection.prepareStatement(
                    "UPDATE job_lock SET owner = ?, locked_until = ? WHERE name = ? AND (owner = ? OR locked_until < ?)")) {
                renew.setString(1, owner);
                renew.setString(2, InstantConverter.utcText(now.plus(lease)));
                renew.setString(3, name);
                renew.setString(4, owner);
                renew.setString(5, InstantConverter.utcText(now));
                if (renew.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO job_lock (name, owner, locked_until) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, owner);
                insert.setString(3, InstantConverter.utcText(now.plus(lease)));
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                return false;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot take the cluster lock " + name, e);
            return false;
        }
    }
}
