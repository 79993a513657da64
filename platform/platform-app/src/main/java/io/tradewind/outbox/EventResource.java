package io.tradewind.outbox;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Sorting;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's domain events, for integrations that pull instead of listening. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@RequiresPermission(Permission.EVENTS_READ)
public class EventResource {

    private static final Map<String, String> SORTS = Map.of("occurredAt", "e.occurredAt");

    @Inject
    Db db;

    @GET
    @Transactional
    @Operation(summary = "List domain events", description = "Newest first; filter by type or aggregate.")
    public Page<EventView> list(@Valid @BeanParam PageRequest page,
                                @QueryParam("type") String type,
                                @QueryParam("aggregateType") String aggregateType,
                                @QueryParam("aggregateId") String aggregateId) {
        return Jpql.from(db.em(), OutboxEvent.class, "e")
                .where("e.eventType = :type", "type", type)
                .where("e.aggregateType = :aggregateType", "aggregateType", aggregateType)
                .where("e.aggregateId = :aggregateId", "aggregateId", Params.id("aggregateId", aggregateId))
                .page(page, Sorting.orderBy(page.sort(), SORTS, "e.occurredAt DESC", "e.id DESC"))
                .map(EventView::of);
    }
}
