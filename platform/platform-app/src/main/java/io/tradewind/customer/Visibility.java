package io.tradewind.customer;

import io.tradewind.access.Caller;
import io.tradewind.access.CurrentCaller;
import io.tradewind.access.DataScopes;
import io.tradewind.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The caller's data scope on owned records (customers, contacts, opportunities). Background work has
 * no caller and sees the whole tenant.
 */
@ApplicationScoped
public class Visibility {

    @Inject
    Instance<CurrentCaller> current;

    public Optional<Caller> caller() {
        try {
            return current.get().optional();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    public <T> Jpql<T> restrict(Jpql<T> query, String ownerPath) {
        return caller().map(c -> DataScopes.restrict(query, c, ownerPath)).orElse(query);
    }

    /** {@link #restrict}, widened to the records on whose team the caller is (ADR 0137). */
    public <T> Jpql<T> restrictWithTeam(Jpql<T> query, String ownerPath, String recordType, String idPath) {
        return caller().map(c -> DataScopes.restrictOrMember(query, c, ownerPath, recordType, idPath)).orElse(query);
    }

    /**
     * True when the record owned by {@code ownerId} is visible without asking the database: no caller
     * (background work), a caller who sees everything, or its owner ({@link DataScopes#seesWithoutQuery}).
     * False means "ask": the scope's query (and team membership) still decides.
     */
    public boolean visibleWithoutQuery(Long ownerId) {
        return caller().map(c -> DataScopes.seesWithoutQuery(c, ownerId)).orElse(true);
    }

    public Long callerId() {
        return caller().map(Caller::userId).orElse(null);
    }
}
