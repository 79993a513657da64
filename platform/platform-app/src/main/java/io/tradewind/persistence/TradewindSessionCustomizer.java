package io.tradewind.persistence;

import java.lang.reflect.Field;
import java.sql.Types;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.ConverterClass;
import org.eclipse.persistence.sessions.Session;

/**
 * Adjusts EclipseLink's mapping metadata before the persistence unit starts:
 * <ul>
 *   <li>{@code camelCase} attributes map to {@code snake_case} columns, so entities need no
 *       {@code @Column(name = ...)} for the ordinary case;</li>
 *   <li>the tenant discriminator is a {@code BIGINT}. JPA's discriminator types stop at INTEGER,
 *       which would read 64-bit tenant ids with {@code getInt}; a STRING type would compare the
 *       BIGINT column with a string, which MySQL does in floating point, so near ids could match;</li>
 *   <li>the UPDATE and DELETE of one tenant-owned entity name the tenant ({@link TenantScopedWrites});</li>
 *   <li>{@code Instant} attributes are written through {@link InstantColumn} instead of {@link InstantConverter},
 *       so they keep their microseconds on MariaDB (ADR 0134).</li>
 * </ul>
 */
public class TradewindSessionCustomizer implements SessionCustomizer {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new TenantScopedWrites());
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                if (mapping.isDirectToFieldMapping() && field != null
                        && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    field.setName(toSnakeCase(mapping.getAttributeName()));
                }
                if (mapping instanceof DirectToFieldMapping direct && direct.getConverter() instanceof ConverterClass
                        && holdsInstant(descriptor.getJavaClass(), mapping.getAttributeName())) {
                    direct.setConverter(new InstantColumn());
                }
            }
            if (descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy tenancy) {
                for (DatabaseField tenantField : tenancy.getTenantDiscriminatorFields().keySet()) {
                    tenantField.setType(Long.class);
                    tenantField.setSqlType(Types.BIGINT);
                }
            }
        }
    }

    private static boolean holdsInstant(Class<?> entity, String attribute) {
        for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(attribute)) {
                    return field.getType() == Instant.class;
                }
            }
        }
        return false;
    }

    static String toSnakeCase(String name) {
        return CAMEL.matcher(name).replaceAll("$1_$2").toLowerCase();
    }
}
