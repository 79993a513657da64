package io.tradewind.audit;

import io.tradewind.access.Caller;
import io.tradewind.access.CurrentCaller;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.JsonText;
import io.tradewind.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Writes the audit log, in the same transaction as the change it records: who (the caller, or the
 * system for background work), what, and the record before and after (as the API shows it).
 */
@ApplicationScoped
public class AuditLog {

    /** Who acted, when it is not the caller of the current request. */
    public record Actor(Long id, String name) {
        public static final Actor SYSTEM = new Actor(null, "system");
    }

    @Inject
    Db db;

    @Inject
    Instance<CurrentCaller> caller;

    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        record(currentActor(), action, entityType, entityId, before, after);
    }

    public void record(Actor actor, String action, String entityType, Long entityId, Object before, Object after) {
        db.em().persist(new AuditEvent(actor.id(), actor.name(), action, entityType, entityId,
                JsonText.write(before), JsonText.write(after), RequestIds.current().orElse(null)));
    }

    private Actor currentActor() {
        try {
            Optional<Caller> current = caller.get().optional();
            return current.map(c -> new Actor(c.userId(), c.name())).orElse(Actor.SYSTEM);
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }
}
