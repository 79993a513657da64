package io.tradewind.audit;

import io.tradewind.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Says once that a record changed: writes the audit event, then publishes the domain event of the
 * same name, both in the caller's transaction. The audit action and the event type are one name
 * ({@code <type>.created}, {@code .updated}, {@code .deleted}, or the one given to {@link #changed});
 * a change that is only audited, or only published, or under two names, calls {@link AuditLog} and
 * {@link Outbox} itself.
 */
@ApplicationScoped
public class RecordChanges {

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    /** {@code <type>.created}: audited with no before, published with the view. */
    public void created(String type, Long id, Object view) {
        changed(type + ".created", type, id, null, view, view);
    }

    /** {@code <type>.updated}: audited before and after, published with after. */
    public void updated(String type, Long id, Object before, Object after) {
        changed(type + ".updated", type, id, before, after, after);
    }

    /** {@code <type>.deleted}: audited with no after, published with before. */
    public void deleted(String type, Long id, Object before) {
        changed(type + ".deleted", type, id, before, null, before);
    }

    /** Any other change, done by the caller (or the system): audited before and after, published with payload. */
    public void changed(String action, String type, Long id, Object before, Object after, Object payload) {
        audit.record(action, type, id, before, after);
        outbox.publish(type, id, action, payload);
    }

    /** The same, done by someone else than the caller (background work, an operator). */
    public void changed(AuditLog.Actor actor, String action, String type, Long id, Object before, Object after,
                        Object payload) {
        audit.record(actor, action, type, id, before, after);
        outbox.publish(type, id, action, payload);
    }
}
