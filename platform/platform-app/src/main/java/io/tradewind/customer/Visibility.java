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

    public Long callerId() {
        return caller().map(Caller::userId).orElse(null);
    }
}
