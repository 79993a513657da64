package io.tradewind.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores instants as UTC {@code DATETIME(6)}, the same on H2, MariaDB and MySQL. EclipseLink applies it to every
 * entity {@code Instant}; the session customizer then puts {@link InstantColumn} in its place, which binds text
 * on MySQL/MariaDB (ADR 0134).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return utc(instant);
    }

    /** The column value for {@code instant}, for plain JDBC code ({@code setObject}). */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /**
     * The column value for {@code instant} as text ({@code 2026-11-29 13:19:22.493707}, UTC), for plain JDBC
     * code that must keep the microseconds everywhere: MySQL Connector/J drops the fraction of a bound
     * {@code LocalDateTime} or {@code Timestamp} on MariaDB (which announces itself as 5.5.5), text it
     * passes on, and H2, MariaDB and MySQL all read it as a DATETIME(6) (ADR 0129).
     */
    public static String utcText(Instant instant) {
        return instant == null ? null : TEXT.format(utc(instant));
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return fromColumn(value);
    }

    /**
     * The instant of a UTC {@code DATETIME(6)} value as a driver hands it over: {@code LocalDateTime},
     * {@code Timestamp} or text ({@code 2026-11-29 13:19:22.493707}, or ISO with a {@code T}).
     */
    public static Instant fromColumn(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof LocalDateTime local ? local
                : value instanceof Timestamp timestamp ? timestamp.toLocalDateTime()
                : LocalDateTime.parse(value.toString().trim().replace(' ', 'T'));
        return utc.toInstant(ZoneOffset.UTC);
    }
}
