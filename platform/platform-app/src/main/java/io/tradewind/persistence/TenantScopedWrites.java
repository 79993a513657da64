package io.tradewind.persistence;

import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.expressions.Expression;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.internal.descriptors.ObjectBuilder;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Makes EclipseLink's UPDATE and DELETE of one tenant-owned entity name the tenant (ADR 0132).
 * EclipseLink adds {@code tenant_id = ?} to reads and inserts but builds the WHERE of a single-entity
 * write from the primary key expression alone ({@code id = ? AND version = ?},
 * eclipse-ee4j/eclipselink#1333), which the {@code (tenant_id, id)} key cannot serve: the database
 * scans, and locks, the whole table. Once the descriptors are initialized this adds the tenant
 * discriminator to that expression, valued from the persistence-context property as the read
 * criteria are. Reads by id already carry the same condition; for them it is a repeated predicate.
 */
public final class TenantScopedWrites extends SessionEventAdapter {

    @Override
    public void postLogin(SessionEvent event) {
        Session session = event.getSession();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy tenancy) {
                scope(descriptor.getObjectBuilder(), tenancy.getTenantDiscriminatorFields(), session.getPlatform());
            }
        }
    }

    private static void scope(ObjectBuilder builder, Map<DatabaseField, String> tenantFields, DatasourcePlatform platform) {
        Expression key = builder.getPrimaryKeyExpression();
        for (Map.Entry<DatabaseField, String> tenantField : tenantFields.entrySet()) {
            DatabaseField property = new DatabaseField();
            property.setName(tenantField.getValue(), platform);
            key = key.and(key.getBuilder().getField(tenantField.getKey()).equal(key.getBuilder().getProperty(property)));
        }
        builder.setPrimaryKeyExpression(key);
    }
}
