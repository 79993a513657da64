package io.tradewind.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink writes and reads an entity {@link Instant} (in place of {@link InstantConverter}, which the
 * session customizer swaps out): a UTC {@code DATETIME(6)} as {@code LocalDateTime} on H2, and as the text
 * {@code 2026-11-29 13:19:22.493707} on MySQL/MariaDB, because MySQL Connector/J drops the fraction of a bound
 * {@code LocalDateTime} or {@code Timestamp} on MariaDB (ADR 0134). The value of a JPQL or Criteria parameter
 * compared with the attribute is converted the same way.
 */
public class InstantColumn implements Converter {

    private boolean asText;

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        asText = session.getDatasourcePlatform().isMySQL();
        ((DirectToFieldMapping) mapping).setFieldClassification(asText ? String.class : LocalDateTime.class);
    }

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        if (value instanceof Instant instant) {
            return asText ? InstantConverter.utcText(instant) : InstantConverter.utc(instant);
        }
        return value;
    }

    @Override
    public Object convertDataValueToObjectValue(Object value, Session session) {
        return InstantConverter.fromColumn(value);
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}
