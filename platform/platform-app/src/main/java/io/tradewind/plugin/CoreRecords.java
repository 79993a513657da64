package io.tradewind.plugin;

import io.tradewind.api.data.RecordView;
import io.tradewind.plugin.migration.Rows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code PluginContext.records()}: a tenant's leads, customers and opportunities, read-only, by id.
 * The tenant is bound by the host, the table comes from a fixed list, never from the plugin's text.
 * Fields are camel-case column names without the host's bookkeeping (version, match keys).
 */
@ApplicationScoped
public class CoreRecords {

    static final Map<String, String> TABLES = Map.of("lead", "lead", "customer", "customer", "opportunity", "opportunity");
    private static final Set<String> HIDDEN = Set.of("version", "phone_key", "email_key", "company_key", "name_key");

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    public Optional<RecordView> find(long tenantId, String type, long id) {
        String table = type == null ? null : TABLES.get(type);
        if (table == null) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE tenant_id = ? AND id = ?")) {
            query.setLong(1, tenantId);
            query.setLong(2, id);
            try (ResultSet rows = query.executeQuery()) {
                List<Map<String, Object>> found = Rows.all(rows);
                return found.stream().findFirst().map(row -> new RecordView(type, id, fields(row)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + type + " " + id, e);
        }
    }

    private static Map<String, Object> fields(Map<String, Object> row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            // Map.copyOf in RecordView refuses nulls: absent fields are simply left out.
            if (!HIDDEN.contains(column) && value != null) {
                fields.put(camel(column), value);
            }
        });
        return fields;
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
