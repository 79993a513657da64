package io.tradewind.outbox;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.InstantConverter;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Delivers one tenant's pending events, oldest first, in one transaction. Plain JDBC on the
 * transaction's connection, keyed by tenant (ADR 0129): EclipseLink's update of an entity names only
 * its id ({@code WHERE id = ?}), which no index serves (every index starts with tenant_id, ADR 0003),
 * so each event marked published read the whole outbox table; and its {@code ORDER BY id} made H2 read
 * and sort all of the tenant's pending events for each batch of 200. Both grew with the backlog a large
 * import leaves, and the relay spent more CPU than the import itself.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());
    private static final int BATCH = 200;
    /** Ordered as the pending index (tenant_id, published_at, id), so the database reads only the first rows. */
    private static final String PENDING = "SELECT id, event_type, aggregate_type, aggregate_id, payload, occurred_at "
            + "FROM outbox_event WHERE tenant_id = ? AND published_at IS NULL ORDER BY tenant_id, published_at, id LIMIT "
            + BATCH;

    @Inject
    Event<DomainEvent> listeners;

    /** The JTA data source: reads and marks run on the batch transaction's connection. */
    @Resource(lookup = "jdbc/tradewind")
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliverPending() {
        long tenant = TenantContext.current().orElseThrow();
        try (Connection connection = dataSource.getConnection()) {
            List<DomainEvent> pending = pending(connection, tenant);
            List<Long> delivered = new ArrayList<>(pending.size());
            for (DomainEvent event : pending) {
                try {
                    listeners.fire(event);
                    delivered.add(event.id());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Listener failed on event " + event.id() + "; retrying later", e);
                    failed(connection, tenant, event.id(), e.toString());
                    break;
                }
            }
            published(connection, tenant, delivered);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot deliver the outbox events of tenant " + tenant, e);
        }
    }

    private static List<DomainEvent> pending(Connection connection, long tenant) throws SQLException {
        List<DomainEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PENDING)) {
            query.setLong(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long aggregate = rows.getLong(4);
                    Long aggregateId = rows.wasNull() ? null : aggregate;
                    events.add(new DomainEvent(tenant, rows.getLong(1), rows.getString(2), rows.getString(3),
                            aggregateId, rows.getString(5),
                            rows.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
        }
        return events;
    }

    private static void published(Connection connection, long tenant, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = ?, last_error = NULL WHERE tenant_id = ? AND id = ?")) {
            for (long id : ids) {
                update.setString(1, InstantConverter.utcText(Clock.now()));
                update.setLong(2, tenant);
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void failed(Connection connection, long tenant, long id, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE tenant_id = ? AND id = ?")) {
            if (error == null) {
                update.setNull(1, Types.VARCHAR);
            } else {
                update.setString(1, error.substring(0, Math.min(error.length(), 1000)));
            }
            update.setLong(2, tenant);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }
}
