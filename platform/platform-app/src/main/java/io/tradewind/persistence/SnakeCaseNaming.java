package io.tradewind.persistence;

import java.util.regex.Pattern;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps {@code camelCase} attributes to {@code snake_case} columns, so entities need no
 * {@code @Column(name = ...)} for the ordinary case.
 */
public class SnakeCaseNaming implements SessionCustomizer {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                if (mapping.isDirectToFieldMapping() && field != null
                        && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    field.setName(toSnakeCase(mapping.getAttributeName()));
                }
            }
        }
    }

    static String toSnakeCase(String name) {
        return CAMEL.matcher(name).replaceAll("$1_$2").toLowerCase();
    }
}
