package io.tradewind.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.api.data.PluginTables;
import io.tradewind.jobs.ClusterLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's side of plugin tables against a real (in-memory H2, MySQL mode) database. */
class PluginMigrationsTest {

    private static final String TABLE = "p_ledger_test_entry";

    @TempDir
    Path pluginPackage;

    private JdbcDataSource dataSource;
    private PluginMigrations migrations;
    private PluginTableStore store;

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        sql("CREATE TABLE job_lock (name VARCHAR(100) NOT NULL, owner VARCHAR(100), locked_until DATETIME(6), PRIMARY KEY (name))",
                "CREATE TABLE plugin_installation (tenant_id BIGINT NOT NULL, id BIGINT NOT NULL, plugin_id VARCHAR(64), PRIMARY KEY (tenant_id, id))",
                "CREATE TABLE lead (tenant_id BIGINT NOT NULL, id BIGINT NOT NULL, name VARCHAR(100), PRIMARY KEY (tenant_id, id))",
                "INSERT INTO lead VALUES (1, 1, 'core')");
        ClusterLock lock = new ClusterLock();
        var field = ClusterLock.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(lock, dataSource);
        migrations = new PluginMigrations();
        migrations.dataSource = dataSource;
        migrations.lock = lock;
        store = new PluginTableStore();
        store.dataSource = dataSource;
        Files.createDirectories(pluginPackage.resolve("db/plugin"));
        script("V1__entries.sql", "CREATE TABLE p_ledger_test_entry (tenant_id BIGINT NOT NULL, id BIGINT NOT NULL, "
                + "label VARCHAR(200) NOT NULL, PRIMARY KEY (tenant_id, id));");
    }

    @Test
    void migratesUpgradesScopesExportsRemovesAndDrops() throws Exception {
        assertThat(migrations.migrate("ledger-test", pluginPackage)).contains("1");
        assertThat(migrations.tables("ledger-test")).containsExactly(TABLE);
        assertThat(migrations.migrated("ledger-test")).isTrue();

        PluginTables one = store.forTenant("ledger-test", 1);
        PluginTables two = store.forTenant("ledger-test", 2);
        one.insert(TABLE, Map.of("id", 10, "label", "one"));
        two.insert(TABLE, Map.of("id", 10, "label", "two"));
        assertThat(one.select(TABLE, Map.of(), "id", 10)).containsExactly(Map.of("id", 10L, "label", "one"));
        assertThat(two.find(TABLE, Map.of("id", 10))).contains(Map.of("id", 10L, "label", "two"));
        assertThat(one.update(TABLE, Map.of("id", 10), Map.of("label", "uno"))).isEqualTo(1);
        assertThat(two.find(TABLE, Map.of("id", 10)).orElseThrow()).containsEntry("label", "two");

        // Nothing a plugin passes reaches another tenant or another table.
        assertThatThrownBy(() -> one.select(TABLE, Map.of("tenant_id", 2), null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.select(TABLE, Map.of("1=1 OR id", 10), null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.select("lead", Map.of(), null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.select(TABLE, Map.of(), "id DESC, (SELECT 1)", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.insert(TABLE, Map.of("id", 11, "label", "x", "tenant_id", 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(one.select(TABLE, Map.of("label", "x' OR '1'='1"), null, 10)).isEmpty();
        assertThat(one.delete(TABLE, Map.of("id", 10))).isEqualTo(1);
        assertThat(two.select(TABLE, Map.of(), null, 10)).hasSize(1);
        one.insert(TABLE, Map.of("id", 12, "label", "again"));

        // Upgrade: a newer package with one more script.
        script("V2__amount.sql", "ALTER TABLE p_ledger_test_entry ADD COLUMN amount INT DEFAULT 7;");
        assertThat(migrations.migrate("ledger-test", pluginPackage)).contains("2");
        assertThat(one.select(TABLE, Map.of(), null, 10)).containsExactly(Map.of("id", 12L, "label", "again", "amount", 7));

        assertThat(migrations.export("ledger-test", 1)).containsOnlyKeys(TABLE);
        assertThat(migrations.export("ledger-test", 1).get(TABLE)).extracting(r -> r.get("label")).containsExactly("again");
        try (Connection connection = dataSource.getConnection()) {
            migrations.deleteTenantRows(connection, "ledger-test", 1);
        }
        assertThat(migrations.export("ledger-test", 1).get(TABLE)).isEmpty();
        assertThat(migrations.export("ledger-test", 2).get(TABLE)).hasSize(1);

        // Dropped only when no tenant has an installation left.
        sql("INSERT INTO plugin_installation VALUES (2, 1, 'ledger-test')");
        assertThat(migrations.dropIfUnused("ledger-test")).isFalse();
        assertThat(migrations.tables("ledger-test")).containsExactly(TABLE);
        sql("DELETE FROM plugin_installation");
        assertThat(migrations.dropIfUnused("ledger-test")).isTrue();
        assertThat(migrations.tables("ledger-test")).isEmpty();
        assertThat(migrations.migrated("ledger-test")).isFalse();
        assertThat(migrations.migrate("ledger-test", pluginPackage)).contains("2");
        assertThat(migrations.tables("ledger-test")).containsExactly(TABLE);
    }

    @Test
    void aPackageBreakingTheRulesIsRefusedAndNothingRuns() throws Exception {
        script("V2__sneaky.sql", "DROP TABLE lead;");
        assertThatThrownBy(() -> migrations.migrate("ledger-test", pluginPackage))
                .isInstanceOf(PluginSchemaException.class).hasMessageContaining("V2__sneaky.sql");
        assertThat(migrations.rejection("ledger-test")).hasValueSatisfying(r -> assertThat(r).contains("table lead is outside"));
        assertThat(migrations.tables("ledger-test")).isEmpty();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT COUNT(*) FROM lead").next()).isTrue();
        }
    }

    @Test
    void aPackageWithoutScriptsHasNothingToDo() throws Exception {
        Path empty = Files.createTempDirectory("empty-plugin");
        assertThat(migrations.migrate("hello-test", empty)).isEmpty();
        assertThat(migrations.migrated("hello-test")).isFalse();
        assertThat(migrations.tables("hello-test")).isEmpty();
    }

    private void script(String name, String sql) throws Exception {
        Files.writeString(pluginPackage.resolve("db/plugin").resolve(name), sql);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
