package io.tradewind.outbox;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.InstantConverter;
import io.tradewind.persistence.JsonText;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/** Records domain events in the caller's transaction; they are delivered only if it commits. */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (tenant_id, id, aggregate_type, aggregate_id, "
            + "event_type, payload, occurred_at, published_at, attempts, last_error) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, NULL)";

    /** An event for {@link #publishAll}: its payload already as JSON. */
    public record NewEvent(String aggregateType, Long aggregateId, String eventType, String payloadJson) {
    }

    @Inject
    Db db;

    /** The JTA data source: {@link #publishAll} runs on the caller's transaction connection. */
    @Resource(lookup = "jdbc/tradewind")
    DataSource dataSource;

    public void publish(String aggregateType, Long aggregateId, String eventType, Object payload) {
        db.em().persist(new OutboxEvent(aggregateType, aggregateId, eventType, JsonText.write(payload)));
    }

    /**
     * Records many events with one JDBC batch on the transaction's connection, the same rows
     * {@link #publish} writes, with ids in list order (so they are delivered in that order). For bulk
     * work (the lead import, ADR 0129), where EclipseLink's row building cost more than the inserts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        long tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant for events"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewEvent event : events) {
                insert.setLong(1, tenant);
                insert.setLong(2, Ids.next());
                insert.setString(3, event.aggregateType());
                if (event.aggregateId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, event.aggregateId());
                }
                insert.setString(5, event.eventType());
                insert.setString(6, event.payloadJson());
                insert.setString(7, InstantConverter.utcText(Clock.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record " + events.size() + " events", e);
        }
    }
}
