package io.tradewind.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tenant's time zone: the one its admin set ({@code PATCH /tenant} {@code timeZone}), else the
 * platform's ({@code TRADEWIND_BUSINESS_ZONE}). Read by plain JDBC: background jobs ask outside any
 * request or transaction.
 */
@ApplicationScoped
public class TenantZones {

    private static final Logger LOG = Logger.getLogger(TenantZones.class.getName());

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "TRADEWIND_BUSINESS_ZONE", defaultValue = "Asia/Shanghai")
    String platformZone;

    public ZoneId of(long tenantId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT time_zone FROM tenant WHERE id = ?")) {
            query.setLong(1, tenantId);
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && row.getString(1) != null) {
                    return ZoneId.of(row.getString(1));
                }
            }
        } catch (SQLException | DateTimeException e) {
            LOG.log(Level.WARNING, "Cannot read the time zone of tenant " + tenantId + "; using the platform's", e);
        }
        return ZoneId.of(platformZone);
    }

    /** Whether {@code zone} names a time zone the platform knows (region ids such as Europe/Berlin, or offsets). */
    public static boolean valid(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
