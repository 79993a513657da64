package io.tradewind.tenancy;

import io.tradewind.department.Department;
import io.tradewind.persistence.TenantRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Runs inside the server (deployed by {@link TenantCacheIsolationIT}): each call is its own
 * transaction on one of the test persistence units, as one tenant or as none.
 */
@ApplicationScoped
public class TenancyProbe {

    @PersistenceContext(unitName = "production")
    EntityManager production;

    @PersistenceContext(unitName = "cached")
    EntityManager cached;

    @PersistenceContext(unitName = "shared")
    EntityManager shared;

    private EntityManager em(String unit, Long tenant) {
        EntityManager em = switch (unit) {
            case "production" -> production;
            case "cached" -> cached;
            case "shared" -> shared;
            default -> throw new IllegalArgumentException(unit);
        };
        if (tenant != null) {
            em.setProperty(TenantRecord.TENANT_PROPERTY, tenant);
        }
        return em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(String unit, long tenant, String name) {
        Department department = new Department(name, null, 0);
        em(unit, tenant).persist(department);
        return department.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> find(String unit, long tenant, long id) {
        return Optional.ofNullable(em(unit, tenant).find(Department.class, id)).map(Department::getName);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> names(String unit, long tenant) {
        return em(unit, tenant).createQuery("SELECT d.name FROM Department d", String.class).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rename(String unit, long tenant, long id, String name) {
        return em(unit, tenant).createQuery("UPDATE Department d SET d.name = :name WHERE d.id = :id")
                .setParameter("name", name).setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int delete(String unit, long tenant, long id) {
        return em(unit, tenant).createQuery("DELETE FROM Department d WHERE d.id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> namesWithoutTenant(String unit) {
        return em(unit, null).createQuery("SELECT d.name FROM Department d", String.class).getResultList();
    }
}
