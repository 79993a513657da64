package io.tradewind.web;

import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Ids;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A partial update (JSON merge patch): a field that is absent stays as it is, a field that is
 * {@code null} is cleared where clearing is allowed. Each setter validates its field; {@link #apply()}
 * throws one 400 naming every invalid field. Fields the resource does not accept are errors too.
 */
public final class Patch {

    private final JsonObject body;
    private final List<FieldError> errors = new ArrayList<>();

    private Patch(JsonObject body) {
        this.body = body;
    }

    /** Starts a patch of {@code body} that accepts only {@code allowedFields}. */
    public static Patch of(JsonObject body, String... allowedFields) {
        if (body == null) {
            throw Problems.of(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json");
        }
        Patch patch = new Patch(body);
        Set<String> allowed = Set.of(allowedFields);
        body.keySet().stream().filter(field -> !allowed.contains(field)).sorted()
                .forEach(field -> patch.error(field, "validation.unknown-field"));
        return patch;
    }

    public boolean has(String field) {
        return body.containsKey(field);
    }

    private boolean isNull(String field) {
        return body.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    private void error(String field, String key, Object... args) {
        errors.add(new FieldError(field, Messages.get(key, args)));
    }

    /** A required text: present means non-blank and at most {@code max} characters. */
    public Patch text(String field, int max, Consumer<String> setter) {
        if (has(field)) {
            if (isNull(field)) {
                error(field, "validation.required");
                return this;
            }
            String value = string(field);
            if (value == null) {
                return this;
            }
            if (value.isBlank()) {
                error(field, "validation.required");
            } else if (value.strip().length() > max) {
                error(field, "validation.size", 1, max);
            } else {
                setter.accept(value.strip());
            }
        }
        return this;
    }

    /** An optional text: {@code null} or blank clears it. */
    public Patch optionalText(String field, int max, Consumer<String> setter) {
        if (has(field)) {
            if (isNull(field)) {
                setter.accept(null);
                return this;
            }
            String value = string(field);
            if (value == null) {
                return this;
            }
            if (value.strip().length() > max) {
                error(field, "validation.size", 0, max);
            } else {
                setter.accept(value.isBlank() ? null : value.strip());
            }
        }
        return this;
    }

    /** An id in API form; {@code null} clears it when {@code nullable}. */
    public Patch id(String field, boolean nullable, Consumer<Long> setter) {
        if (has(field)) {
            if (isNull(field)) {
                if (nullable) {
                    setter.accept(null);
                } else {
                    error(field, "validation.required");
                }
                return this;
            }
            String value = string(field);
            if (value != null) {
                Ids.parse(value).ifPresentOrElse(setter, () -> error(field, "validation.id"));
            }
        }
        return this;
    }

    public Patch integer(String field, int min, int max, Consumer<Integer> setter) {
        if (has(field)) {
            JsonValue value = body.get(field);
            if (value instanceof JsonNumber number && number.isIntegral()) {
                int parsed = number.intValue();
                if (parsed < min) {
                    error(field, "validation.min", min);
                } else if (parsed > max) {
                    error(field, "validation.max", max);
                } else {
                    setter.accept(parsed);
                }
            } else {
                error(field, "validation.type");
            }
        }
        return this;
    }

    public Patch decimal(String field, boolean nullable, Consumer<BigDecimal> setter) {
        if (has(field)) {
            JsonValue value = body.get(field);
            if (value instanceof JsonNumber number) {
                setter.accept(number.bigDecimalValue());
            } else if (nullable && isNull(field)) {
                setter.accept(null);
            } else {
                error(field, "validation.type");
            }
        }
        return this;
    }

    public Patch bool(String field, Consumer<Boolean> setter) {
        if (has(field)) {
            JsonValue value = body.get(field);
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                setter.accept(value == JsonValue.TRUE);
            } else {
                error(field, "validation.type");
            }
        }
        return this;
    }

    public Patch date(String field, boolean nullable, Consumer<LocalDate> setter) {
        if (has(field)) {
            if (isNull(field)) {
                if (nullable) {
                    setter.accept(null);
                } else {
                    error(field, "validation.required");
                }
                return this;
            }
            String value = string(field);
            if (value != null) {
                try {
                    setter.accept(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    error(field, "validation.date");
                }
            }
        }
        return this;
    }

    public <E extends Enum<E>> Patch enumValue(String field, Class<E> type, Consumer<E> setter) {
        if (has(field)) {
            String value = string(field);
            if (value != null) {
                try {
                    setter.accept(Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    error(field, "validation.one-of", List.of(type.getEnumConstants()));
                }
            }
        }
        return this;
    }

    /** A list of strings, returned as a set in the client's order. */
    public Patch strings(String field, Consumer<Set<String>> setter) {
        if (has(field)) {
            JsonValue value = body.get(field);
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                error(field, "validation.type");
                return this;
            }
            Set<String> items = new LinkedHashSet<>();
            for (JsonValue item : value.asJsonArray()) {
                if (item instanceof JsonString text) {
                    items.add(text.getString());
                } else {
                    error(field, "validation.type");
                    return this;
                }
            }
            setter.accept(items);
        }
        return this;
    }

    /** Records an error found by the caller's own rule. */
    public Patch reject(String field, String messageKey, Object... args) {
        error(field, messageKey, args);
        return this;
    }

    /** Throws one 400 naming every invalid field, if there is any. */
    public void apply() {
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private String string(String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() != JsonValue.ValueType.NULL) {
            error(field, "validation.type");
        }
        return null;
    }
}
