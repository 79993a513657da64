package io.tradewind.identity;

import io.tradewind.persistence.Db;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Whether a user account of the current tenant may sign in. Each call is a transaction of its own,
 * so that a caller can ask about accounts of several tenants one after the other (the tenant is set
 * on the persistence context per transaction).
 */
@ApplicationScoped
public class ActiveAccounts {

    @Inject
    Db db;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isActive(long userId) {
        return db.find(UserAccount.class, userId).map(user -> user.getStatus() == UserAccount.Status.ACTIVE).orElse(false);
    }
}
