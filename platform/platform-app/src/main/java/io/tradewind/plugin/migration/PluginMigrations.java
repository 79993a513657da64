package io.tradewind.plugin.migration;

import io.tradewind.jobs.ClusterLock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs a plugin's own migrations ({@code db/plugin/V<n>__*.sql} in its package) with Flyway and a
 * history table of its own, after checking them against {@link SchemaRules}; finds, exports and
 * removes a tenant's rows of the plugin's tables; drops the tables once no tenant has the plugin
 * installed (ADR 0203).
 */
@ApplicationScoped
public class PluginMigrations {

    private static final Logger LOG = Logger.getLogger(PluginMigrations.class.getName());

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    ClusterLock lock;

    private final Map<String, String> rejections = new ConcurrentHashMap<>();

    /**
     * Brings the plugin's tables up to its package's scripts (first install and upgrade alike; a no-op
     * when they are current). A package without scripts has nothing to do.
     *
     * @throws PluginSchemaException when a script breaks the rules or fails; the reason is kept
     */
    public Optional<String> migrate(String pluginId, Path pluginPackage) {
        rejections.remove(pluginId);
        try {
            return apply(pluginId, pluginPackage, false);
        } catch (PluginSchemaException e) {
            rejections.put(pluginId, e.reason());
            throw e;
        }
    }

    /**
     * Runs a newer package's scripts while the running version keeps serving (ADR 0209). When one
     * fails, Flyway's repair removes the failed row from the plugin's history, so the running version
     * still starts and a fixed package can run the same version again; the running version's state is
     * not marked refused.
     *
     * @throws PluginSchemaException when a script breaks the rules or fails
     */
    public Optional<String> upgrade(String pluginId, Path newPackage) {
        return apply(pluginId, newPackage, true);
    }

    private Optional<String> apply(String pluginId, Path pluginPackage, boolean repairOnFailure) {
        Map<String, String> scripts;
        try {
            scripts = scripts(pluginPackage);
        } catch (IOException e) {
            throw refused(pluginId, "cannot read its migrations: " + e.getMessage(), e);
        }
        if (scripts.isEmpty()) {
            return Optional.empty();
        }
        List<String> violations = SchemaRules.violations(pluginId, scripts);
        if (!violations.isEmpty()) {
            throw refused(pluginId, String.join("; ", violations), null);
        }
        Path folder = null;
        Flyway flyway = null;
        try {
            folder = Files.createTempDirectory("tradewind-plugin-" + SchemaRules.prefix(pluginId));
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                Files.writeString(folder.resolve(script.getKey()), script.getValue(), StandardCharsets.UTF_8);
            }
            flyway = Flyway.configure(PluginMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("filesystem:" + folder.toAbsolutePath())
                    .table(SchemaRules.historyTable(pluginId))
                    // The database already holds the core's tables; the plugin's history starts empty.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Plugin " + pluginId + " schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied)");
            return Optional.ofNullable(result.targetSchemaVersion);
        } catch (IOException | RuntimeException e) {
            if (repairOnFailure && flyway != null) {
                repair(pluginId, flyway);
            }
            throw refused(pluginId, "its migrations failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void repair(String pluginId, Flyway flyway) {
        try {
            if (Arrays.stream(flyway.info().all()).noneMatch(migration -> migration.getState().isFailed())) {
                return; // refused before anything ran (e.g. a changed applied script): nothing to repair, no checksum to realign
            }
            flyway.repair();
            LOG.info(() -> "Plugin " + pluginId + ": removed the failed migration from its schema history");
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Cannot repair the schema history of plugin " + pluginId, e);
        }
    }

    /** Why the plugin's migrations were refused at its last load, if they were. */
    public Optional<String> rejection(String pluginId) {
        return Optional.ofNullable(rejections.get(pluginId));
    }

    /** The plugin's tables as they exist now, lower case, without the history table. */
    public List<String> tables(String pluginId) {
        String prefix = SchemaRules.prefix(pluginId);
        String history = SchemaRules.historyTable(pluginId);
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith(prefix) && !name.equals(history)) {
                    tables.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of plugin " + pluginId, e);
        }
        tables.sort(Comparator.naturalOrder());
        return tables;
    }

    /** The tenant's rows of every table of the plugin, for the export before uninstalling. */
    public Map<String, List<Map<String, Object>>> export(String pluginId, long tenantId) {
        Map<String, List<Map<String, Object>>> export = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(pluginId)) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT * FROM " + table + " WHERE tenant_id = ?")) {
                    query.setLong(1, tenantId);
                    try (ResultSet rows = query.executeQuery()) {
                        export.put(table, Rows.all(rows));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot export the tables of plugin " + pluginId, e);
        }
        return export;
    }

    /** Deletes the tenant's rows of every table of the plugin (uninstall). */
    public void deleteTenantRows(Connection connection, String pluginId, long tenantId) throws SQLException {
        for (String table : tables(pluginId)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
                delete.setLong(1, tenantId);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Drops the plugin's tables and history once no tenant has an installation of it left; the next
     * install migrates from scratch. One replica at a time (cluster lock); a replica that does not get
     * the lock leaves the tables for a later uninstall.
     */
    public boolean dropIfUnused(String pluginId) {
        if (!lock.tryAcquire("plugin-schema:" + pluginId, Duration.ofMinutes(1))) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM plugin_installation WHERE plugin_id = ?")) {
                count.setString(1, pluginId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            List<String> tables = tables(pluginId);
            try (Statement drop = connection.createStatement()) {
                for (String table : tables) {
                    drop.executeUpdate("DROP TABLE " + table);
                }
                if (exists(connection.getMetaData(), connection, SchemaRules.historyTable(pluginId))) {
                    drop.executeUpdate("DROP TABLE " + SchemaRules.historyTable(pluginId));
                }
            }
            LOG.info(() -> "Plugin " + pluginId + " is installed nowhere: dropped " + tables);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the tables of plugin " + pluginId, e);
        }
    }

    /** Whether the plugin's history table exists (its migrations ran and were not dropped since). */
    public boolean migrated(String pluginId) {
        try (Connection connection = dataSource.getConnection()) {
            return exists(connection.getMetaData(), connection, SchemaRules.historyTable(pluginId));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema of plugin " + pluginId, e);
        }
    }

    private static boolean exists(DatabaseMetaData meta, Connection connection, String table) throws SQLException {
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PluginSchemaException refused(String pluginId, String reason, Throwable cause) {
        return new PluginSchemaException("Plugin " + pluginId + " refused: " + reason, reason, cause);
    }

    /** The package's migration scripts by file name, from a jar or an unpacked folder. */
    static Map<String, String> scripts(Path pluginPackage) throws IOException {
        Map<String, String> scripts = new TreeMap<>();
        if (pluginPackage == null) {
            return scripts;
        }
        if (Files.isDirectory(pluginPackage)) {
            Path folder = pluginPackage.resolve(SchemaRules.LOCATION);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                        scripts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            return scripts;
        }
        try (ZipFile jar = new ZipFile(pluginPackage.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(SchemaRules.LOCATION) && name.endsWith(".sql")
                        && name.indexOf('/', SchemaRules.LOCATION.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        scripts.put(name.substring(SchemaRules.LOCATION.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return scripts;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "Could not delete " + folder);
        }
    }
}
