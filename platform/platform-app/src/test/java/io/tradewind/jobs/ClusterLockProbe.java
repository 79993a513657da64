package io.tradewind.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Runs inside the server (deployed by {@link ClusterLockIT}): replicas of the cluster, each a
 * {@link ClusterLock} with its own owner name, on the server's database; each attempt on its own
 * connection and thread, as on separate servers.
 */
@ApplicationScoped
public class ClusterLockProbe {

    /** Who holds a lock, by the database. */
    public record Holder(String owner, Instant lockedUntil) {
    }

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    public boolean acquire(String replica, String lock, Duration lease) {
        return new ClusterLock(dataSource, replica).tryAcquire(lock, lease);
    }

    /** Every replica tries to take {@code lock} at the same moment; the replicas that were told they hold it. */
    public List<String> race(List<String> replicas, String lock, Duration lease) throws Exception {
        CountDownLatch ready = new CountDownLatch(replicas.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (String replica : replicas) {
            ClusterLock contender = new ClusterLock(dataSource, replica);
            attempts.add(executor.submit(() -> {
                ready.countDown();
                start.await();
                return contender.tryAcquire(lock, lease);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        start.countDown();
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            if (attempts.get(i).get(60, TimeUnit.SECONDS)) {
                holders.add(replicas.get(i));
            }
        }
        return holders;
    }

    public Holder holder(String lock) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT owner, locked_until FROM job_lock WHERE name = ?")) {
            query.setString(1, lock);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? new Holder(rows.getString(1), rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                        : null;
            }
        }
    }

    public void release(String lock) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM job_lock WHERE name = ?")) {
            delete.setString(1, lock);
            delete.executeUpdate();
        }
    }
}
