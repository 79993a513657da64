package io.tradewind.customfield;

import io.tradewind.cache.ExpiringCache;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The active custom field definitions of each tenant and record type, kept in memory: every read,
 * list and write of a lead, customer, contact or opportunity needs them, and they change rarely
 * (ADR 0133). Every change of a {@link CustomField} row ({@link FieldDefinitionChanges}: the admin
 * API, plugins' fields) drops the tenant's definitions on this server once its transaction has
 * ended; a transaction that changed them reads them from the database until then. Other replicas
 * see a change within TRADEWIND_CUSTOM_FIELD_CACHE_SECONDS (default 5; 0 turns the cache off).
 * The fields handed out are copies: never change them.
 */
@ApplicationScoped
public class FieldDefinitions {

    /** The transaction resource naming the tenants whose definitions the transaction changed. */
    private static final Object CHANGED = FieldDefinitions.class.getName() + ".changed";

    private record Key(long tenant, RecordType type) {
    }

    @Inject
    Db db;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CUSTOM_FIELD_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private ExpiringCache<Key, List<CustomField>> entries;

    @PostConstruct
    void start() {
        entries = new ExpiringCache<>(Duration.ofSeconds(ttlSeconds));
    }

    /** The active fields of a record type in the current tenant, in display order. */
    @Transactional
    public List<CustomField> active(RecordType type) {
        Long tenant = TenantContext.current().orElse(null);
        if (tenant == null || ttlSeconds <= 0 || changedHere(tenant)) {
            return read(type);
        }
        return entries.get(new Key(tenant, type), key -> read(type).stream().map(CustomField::copy).toList());
    }

    /** A custom field of the current tenant (or of no tenant: then of all) is being changed in this transaction. */
    public void changed() {
        Long tenant = TenantContext.current().orElse(null);
        drop(tenant);
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> tenants = (Set<Long>) transactions.getResource(CHANGED);
        if (tenants == null) {
            Set<Long> changed = new HashSet<>();
            tenants = changed;
            try {
                registerDrop(changed);
            } catch (IllegalStateException completing) {
                return; // flushed while committing: the drop above is all that can be done
            }
            transactions.putResource(CHANGED, changed);
        }
        tenants.add(tenant);
    }

    private void registerDrop(Set<Long> changed) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changed.forEach(FieldDefinitions.this::drop);
            }
        });
    }

    private boolean changedHere(long tenant) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        Set<?> tenants = (Set<?>) transactions.getResource(CHANGED);
        return tenants != null && (tenants.contains(tenant) || tenants.contains(null));
    }

    private void drop(Long tenant) {
        entries.removeIf(key -> tenant == null || key.tenant == tenant);
    }

    private List<CustomField> read(RecordType type) {
        return db.em().createQuery("SELECT f FROM CustomField f WHERE f.entity = :entity AND f.active = TRUE "
                        + "ORDER BY f.sortOrder, f.code", CustomField.class)
                .setParameter("entity", type).getResultList();
    }
}
