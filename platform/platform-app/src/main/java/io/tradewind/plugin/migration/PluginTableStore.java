package io.tradewind.plugin.migration;

import io.tradewind.api.data.PluginTables;
import io.tradewind.persistence.InstantConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * {@code PluginContext.tables()}: a plugin's rows of its own tables, always for one tenant. Table and
 * column names are checked against the plugin's prefix and the table's real columns, values are
 * bound parameters, and the host adds {@code tenant_id = ?} to every statement itself, so no input
 * of the plugin can reach another tenant's rows or another table.
 */
@ApplicationScoped
public class PluginTableStore {

    static final int MAX_ROWS = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    /** The service lent to one call of the plugin for one tenant. */
    public PluginTables forTenant(String pluginId, long tenantId) {
        return new TenantTables(pluginId, tenantId);
    }

    private final class TenantTables implements PluginTables {

        private final String pluginId;
        private final long tenantId;

        TenantTables(String pluginId, long tenantId) {
            this.pluginId = pluginId;
            this.tenantId = tenantId;
        }

        @Override
        public void insert(String table, Map<String, Object> row) {
            run(table, row.keySet(), connection -> {
                StringJoiner columns = new StringJoiner(", ", "(tenant_id, ", ")");
                StringJoiner marks = new StringJoiner(", ", "(?, ", ")");
                row.keySet().forEach(c -> {
                    columns.add(c);
                    marks.add("?");
                });
                List<Object> values = new ArrayList<>(row.values());
                values.add(0, tenantId);
                try (PreparedStatement insert = prepare(connection,
                        "INSERT INTO " + table + " " + columns + " VALUES " + marks, values)) {
                    insert.executeUpdate();
                }
                return null;
            });
        }

        @Override
        public List<Map<String, Object>> select(String table, Map<String, Object> where, String orderBy, int limit) {
            Set<String> named = new HashSet<>(where.keySet());
            if (orderBy != null) {
                named.add(orderBy);
            }
            return run(table, named, connection -> {
                List<Object> values = new ArrayList<>();
                String sql = "SELECT * FROM " + table + whereClause(where, values)
                        + (orderBy == null ? "" : " ORDER BY " + orderBy);
                try (PreparedStatement query = prepare(connection, sql, values)) {
                    query.setMaxRows(Math.max(1, Math.min(limit, MAX_ROWS)));
                    try (ResultSet rows = query.executeQuery()) {
                        return Rows.all(rows);
                    }
                }
            });
        }

        @Override
        public Optional<Map<String, Object>> find(String table, Map<String, Object> where) {
            return select(table, where, null, 1).stream().findFirst();
        }

        @Override
        public int update(String table, Map<String, Object> where, Map<String, Object> values) {
            if (values.isEmpty()) {
                return 0;
            }
            Set<String> named = new HashSet<>(where.keySet());
            named.addAll(values.keySet());
            return run(table, named, connection -> {
                List<Object> parameters = new ArrayList<>();
                StringJoiner set = new StringJoiner(", ", " SET ", "");
                values.forEach((column, value) -> {
                    set.add(column + " = ?");
                    parameters.add(value);
                });
                String sql = "UPDATE " + table + set + whereClause(where, parameters);
                try (PreparedStatement update = prepare(connection, sql, parameters)) {
                    return update.executeUpdate();
                }
            });
        }

        @Override
        public int delete(String table, Map<String, Object> where) {
            if (where.isEmpty()) {
                throw new IllegalArgumentException("delete needs at least one condition");
            }
            return run(table, where.keySet(), connection -> {
                List<Object> values = new ArrayList<>();
                try (PreparedStatement delete = prepare(connection, "DELETE FROM " + table + whereClause(where, values), values)) {
                    return delete.executeUpdate();
                }
            });
        }

        /** {@code WHERE tenant_id = ? AND c1 = ? ...}: the tenant first, always. */
        private String whereClause(Map<String, Object> where, List<Object> values) {
            StringBuilder sql = new StringBuilder(" WHERE tenant_id = ?");
            values.add(tenantId);
            where.forEach((column, value) -> {
                if (value == null) {
                    sql.append(" AND ").append(column).append(" IS NULL");
                } else {
                    sql.append(" AND ").append(column).append(" = ?");
                    values.add(value);
                }
            });
            return sql.toString();
        }

        private <T> T run(String table, Set<String> columns, Work<T> work) {
            check(table, columns);
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Statement on " + table + " failed: " + e.getMessage(), e);
            }
        }

        private void check(String table, Set<String> columns) {
            String prefix = SchemaRules.prefix(pluginId);
            if (table == null || !IDENTIFIER.matcher(table).matches() || !table.startsWith(prefix)
                    || table.equals(SchemaRules.historyTable(pluginId))) {
                throw new IllegalArgumentException("Not a table of plugin " + pluginId + ": " + table);
            }
            Set<String> known = columns(table);
            if (known.isEmpty()) {
                throw new IllegalArgumentException("No table " + table);
            }
            for (String column : columns) {
                if (column == null || !IDENTIFIER.matcher(column).matches() || !known.contains(column)) {
                    throw new IllegalArgumentException("Not a column of " + table + ": " + column);
                }
                if (column.equals("tenant_id")) {
                    throw new IllegalArgumentException("tenant_id is set by the host");
                }
            }
        }
    }

    private Set<String> columns(String table) {
        Set<String> columns = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the columns of " + table, e);
        }
        return columns;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            // An instant as text: a bound LocalDateTime loses its microseconds on MariaDB (InstantConverter#utcText).
            statement.setObject(i + 1, value instanceof Instant instant ? InstantConverter.utcText(instant) : value);
        }
        return statement;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
