package io.tradewind.persistence;

import io.tradewind.api.data.PluginTables;
import io.tradewind.jobs.ClusterLock;
import io.tradewind.plugin.migration.PluginTableStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Runs inside the server (deployed by {@link JdbcInstantsIT}): the JDBC writers and a look at their rows. */
@ApplicationScoped
public class JdbcInstantsProbe {

    @Inject
    ClusterLock clusterLock;

    @Inject
    PluginTableStore pluginTables;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    public boolean acquire(String lock, Duration lease) {
        return clusterLock.tryAcquire(lock, lease);
    }

    public PluginTables tables(String plugin, long tenant) {
        return pluginTables.forTenant(plugin, tenant);
    }

    public Instant lockedUntil(String lock) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT locked_until FROM job_lock WHERE name = ?")) {
            query.setString(1, lock);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
