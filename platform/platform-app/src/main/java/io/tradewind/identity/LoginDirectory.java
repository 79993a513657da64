package io.tradewind.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Looks up and maintains the e-mail → tenants directory. */
@ApplicationScoped
public class LoginDirectory {

    @PersistenceContext(unitName = "tradewind")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoginDirectoryEntry> find(String normalizedEmail) {
        return em.createQuery("SELECT e FROM LoginDirectoryEntry e WHERE e.email = :email", LoginDirectoryEntry.class)
                .setParameter("email", normalizedEmail)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String normalizedEmail, long tenantId, long userId) {
        em.persist(new LoginDirectoryEntry(normalizedEmail, tenantId, userId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String normalizedEmail) {
        return !find(normalizedEmail).isEmpty();
    }
}
