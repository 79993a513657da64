package io.tradewind.audit;

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

/** The tenant's audit log, for tenant admins. */
@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RequiresPermission(Permission.AUDIT_READ)
public class AuditResource {

    private static final Map<String, String> SORTS = Map.of("occurredAt", "e.occurredAt", "action", "e.action");

    @Inject
    Db db;

    @GET
    @Transactional
    @Operation(summary = "List the audit log", description = "Newest first unless sorted otherwise.")
    public Page<AuditEventView> list(@Valid @BeanParam PageRequest page,
                                     @QueryParam("entityType") String entityType,
                                     @QueryParam("entityId") String entityId,
                                     @QueryParam("actorId") String actorId,
                                     @QueryParam("action") String action,
                                     @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return Jpql.from(db.em(), AuditEvent.class, "e")
                .where("e.entityType = :entityType", "entityType", entityType)
                .where("e.entityId = :entityId", "entityId", Params.id("entityId", entityId))
                .where("e.actorId = :actorId", "actorId", Params.id("actorId", actorId))
                .where("e.action = :action", "action", action)
                .where("e.occurredAt >= :from", "from", Params.instant("from", from))
                .where("e.occurredAt < :to", "to", Params.instant("to", to))
                .page(page, Sorting.orderBy(page.sort(), SORTS, "e.occurredAt DESC", "e.id DESC"))
                .map(AuditEventView::of);
    }
}
