package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The base of every tenant-owned row with a generated id. EclipseLink adds {@code tenant_id = :tenant}
 * to every query and insert of it, and refuses to run any of them when no tenant is set on the
 * persistence context: a forgotten tenant fails closed instead of reading everyone's rows. Its update
 * or delete of one entity would name only the id (eclipse-ee4j/eclipselink#1333), which the
 * {@code (tenant_id, id)} key cannot serve; {@link TenantScopedWrites} adds the tenant (ADR 0132).
 * Append-only rows (audit, events) extend this directly; editable ones extend {@link TenantEntity}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantRecord.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER, primaryKey = false)
public abstract class TenantRecord {

    /** The persistence-context property that carries the current tenant id. */
    public static final String TENANT_PROPERTY = "tradewind.tenant-id";

    @Id
    @Column(name = "id")
    protected long id;

    protected TenantRecord() {
        this.id = Ids.next();
    }

    public long getId() {
        return id;
    }
}
