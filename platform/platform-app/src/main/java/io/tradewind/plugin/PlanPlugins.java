package io.tradewind.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/** Which plugins a tenant's plan lets it enable (table {@code plan_plugin}, {@code *} for all). */
@ApplicationScoped
public class PlanPlugins {

    static final String ALL = "*";

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    /** The plugin ids the tenant's plan allows; contains {@link #ALL} when every plugin is allowed. */
    public Set<String> allowed(long tenantId) {
        Set<String> allowed = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT pp.plugin_id FROM plan_plugin pp "
                     + "JOIN tenant t ON t.plan_code = pp.plan_code WHERE t.id = ?")) {
            query.setLong(1, tenantId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    allowed.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tenant's plan", e);
        }
        return allowed;
    }

    static boolean allows(Set<String> allowed, String pluginId) {
        return allowed.contains(ALL) || allowed.contains(pluginId);
    }
}
