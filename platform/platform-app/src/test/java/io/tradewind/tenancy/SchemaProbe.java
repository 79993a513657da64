package io.tradewind.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Runs inside the server (deployed by {@link TenantKeysIT}): reads the application schema's
 * INFORMATION_SCHEMA, on H2 and on MySQL/MariaDB, through the application's own data source.
 */
@ApplicationScoped
public class SchemaProbe {

    /** The primary key or an index of a table, with its leading column (all lower case). */
    public record Key(String table, String name, String firstColumn) {
    }

    private static final String TENANT_TABLES = """
            SELECT c.TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS c
            JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
            WHERE c.TABLE_SCHEMA = %s AND LOWER(c.COLUMN_NAME) = 'tenant_id' AND t.TABLE_TYPE = 'BASE TABLE'
            """;
    private static final String PRIMARY_KEYS = """
            SELECT k.TABLE_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
              AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND k.TABLE_NAME = c.TABLE_NAME
            WHERE c.TABLE_SCHEMA = %s AND c.CONSTRAINT_TYPE = 'PRIMARY KEY' AND k.ORDINAL_POSITION = 1
            """;
    private static final String H2_INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
            WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND ORDINAL_POSITION = 1
            """;
    private static final String MYSQL_INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND SEQ_IN_INDEX = 1
            """;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    public Set<String> tablesWithTenantId() throws SQLException {
        Set<String> tables = new TreeSet<>();
        for (List<String> row : query(TENANT_TABLES, 1)) {
            tables.add(row.get(0));
        }
        return tables;
    }

    /** Every primary key (named "PRIMARY KEY") and every index, unique or not, of the schema. */
    public List<Key> keys() throws SQLException {
        List<Key> keys = new ArrayList<>();
        for (List<String> row : query(PRIMARY_KEYS, 2)) {
            keys.add(new Key(row.get(0), "PRIMARY KEY", row.get(1)));
        }
        for (List<String> row : query(onH2() ? H2_INDEXES : MYSQL_INDEXES, 3)) {
            keys.add(new Key(row.get(0), row.get(1), row.get(2)));
        }
        return keys;
    }

    public void execute(String ddl) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    private boolean onH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        }
    }

    private List<List<String>> query(String sql, int columns) throws SQLException {
        String schema = onH2() ? "CURRENT_SCHEMA" : "DATABASE()";
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.formatted(schema))) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i).toLowerCase(Locale.ROOT));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
