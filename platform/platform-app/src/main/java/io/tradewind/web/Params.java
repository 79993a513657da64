package io.tradewind.web;

import io.tradewind.persistence.Ids;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses optional query parameters; a malformed one is a 400 naming it. */
public final class Params {

    private Params() {
    }

    public static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Ids.parse(value).orElseThrow(() -> Problems.invalid(field, "validation.id"));
    }

    /** An {@code ownerId} filter: a user id, or {@code me} for the caller ({@code callerId}). */
    public static Long owner(String value, Long callerId) {
        return "me".equals(value) ? callerId : id("ownerId", value);
    }

    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "validation.instant");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "validation.one-of", java.util.Arrays.toString(type.getEnumConstants()).toLowerCase());
        }
    }
}
