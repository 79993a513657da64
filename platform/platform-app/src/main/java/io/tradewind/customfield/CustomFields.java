package io.tradewind.customfield;

import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.web.FieldError;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The custom field values of records, for the capabilities whose records have custom fields: read
 * them into views ({@code "customFields": {"code": value}}), validate and store them from a create or a
 * patch, delete them with their record. Filters and export columns are in {@link CustomFieldFilters}
 * and {@link CustomFieldExport}. Only active fields are shown and accepted (ADR 0130).
 */
@ApplicationScoped
public class CustomFields {

    static final int TEXT_MAX = 500;
    /** DECIMAL(24,6): 18 digits before the point, 6 after. */
    static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e18");

    @Inject
    Db db;

    @Inject
    FieldDefinitions definitions;

    /** The active fields of a record type, in display order. */
    public List<CustomField> active(RecordType type) {
        return definitions.active(type);
    }

    /** The values of one record, by field code. */
    @Transactional
    public Map<String, Object> values(RecordType type, long recordId) {
        return values(type, List.of(recordId)).getOrDefault(recordId, Map.of());
    }

    /** The values of many records (a page of a list), by record id, then field code. */
    @Transactional
    public Map<Long, Map<String, Object>> values(RecordType type, Collection<Long> recordIds) {
        List<CustomField> fields = active(type);
        if (fields.isEmpty() || recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CustomField> byId = fields.stream().collect(Collectors.toMap(CustomField::getId, f -> f));
        List<CustomFieldValue> rows = db.em().createQuery("SELECT v FROM CustomFieldValue v WHERE v.recordId IN :records "
                        + "AND v.fieldId IN :fields ORDER BY v.recordId, v.fieldId, v.textValue", CustomFieldValue.class)
                .setParameter("records", List.copyOf(recordIds)).setParameter("fields", List.copyOf(byId.keySet()))
                .getResultList();
        Map<Long, Map<Long, List<CustomFieldValue>>> grouped = new HashMap<>();
        for (CustomFieldValue row : rows) {
            grouped.computeIfAbsent(row.getRecordId(), r -> new HashMap<>())
                    .computeIfAbsent(row.getFieldId(), f -> new ArrayList<>()).add(row);
        }
        Map<Long, Map<String, Object>> result = new HashMap<>();
        grouped.forEach((record, byField) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (CustomField field : fields) {
                List<CustomFieldValue> stored = byField.get(field.getId());
                if (stored != null) {
                    values.put(field.getCode(), json(field, stored));
                }
            }
            result.put(record, values);
        });
        return result;
    }

    /** The custom field columns of an export of {@code type}'s records; see {@link CustomFieldExport}. */
    @Transactional
    public <T> CustomFieldExport<T> export(RecordType type, java.util.function.Function<T, Long> id) {
        return new CustomFieldExport<>(this, type, id, active(type));
    }

    /**
     * Refuses a create that leaves a required field empty. Only the records' own create endpoints ask
     * this: records made by other flows (lead conversion, import, web forms) may lack them (ADR 0130).
     */
    @Transactional
    public void requireValues(RecordType type, JsonObject values) {
        List<FieldError> errors = new ArrayList<>();
        for (CustomField field : active(type)) {
            if (field.isRequired() && empty(values == null ? null : values.get(field.getCode()))) {
                errors.add(error(field.getCode(), "validation.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    /**
     * Validates {@code values} (a JSON object by field code, a merge patch: an absent field stays, a
     * null one is cleared) and stores them for the record. One 400 names every invalid field as
     * {@code customFields.<code>}. Changing a value counts as a change of the record: its version goes up.
     */
    @Transactional
    public void write(RecordType type, long recordId, JsonValue values, Object record) {
        if (values == null || values.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (values.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problems.invalid("customFields", "validation.type");
        }
        JsonObject object = values.asJsonObject();
        if (object.isEmpty()) {
            return;
        }
        Map<String, CustomField> fields = byCode(type);
        List<FieldError> errors = new ArrayList<>();
        Map<CustomField, List<CustomFieldValue>> parsed = new LinkedHashMap<>();
        object.forEach((code, value) -> {
            CustomField field = fields.get(code);
            if (field == null) {
                errors.add(error(code, "validation.unknown-field"));
                return;
            }
            if (empty(value)) {
                if (field.isRequired()) {
                    errors.add(error(code, "validation.required"));
                } else {
                    parsed.put(field, List.of());
                }
                return;
            }
            parse(field, recordId, value, errors).ifPresent(rows -> parsed.put(field, rows));
        });
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        parsed.forEach((field, rows) -> {
            db.em().createQuery("DELETE FROM CustomFieldValue v WHERE v.fieldId = :field AND v.recordId = :record")
                    .setParameter("field", field.getId()).setParameter("record", recordId).executeUpdate();
            rows.forEach(db.em()::persist);
        });
        if (record != null && db.em().contains(record)) {
            db.em().lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        db.em().flush();
    }

    /**
     * What {@code type}'s fields make of values carried over from another record (lead conversion, ADR
     * 0140): {@code values} holds those that fit, ready for the new record's create; {@code refused} says
     * why the others do not; {@code matched} names the codes that have a field of {@code type} at all.
     */
    public record Fitted(JsonObject values, List<FieldError> refused, Set<String> matched) {
    }

    /**
     * Offers values by field code (another record's, as {@link #values(RecordType, long)} reads them) to
     * the active fields of {@code type} with the same code, each validated by the target field's type
     * after the obvious conversions (a number into a text field, a numeric text into a number field,
     * one choice into a multiple choice and back). Nothing is stored.
     */
    @Transactional
    public Fitted fit(RecordType type, Map<String, Object> offered) {
        Map<String, CustomField> fields = byCode(type);
        JsonObjectBuilder kept = Json.createObjectBuilder();
        List<FieldError> refused = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        offered.forEach((code, value) -> {
            CustomField field = fields.get(code);
            if (field == null || value == null) {
                return;
            }
            matched.add(code);
            JsonValue converted = convert(field, toJson(value));
            List<FieldError> errors = new ArrayList<>();
            parse(field, 0L, converted, errors);
            if (errors.isEmpty()) {
                kept.add(code, converted);
            } else {
                refused.addAll(errors);
            }
        });
        return new Fitted(kept.build(), refused, matched);
    }

    private Map<String, CustomField> byCode(RecordType type) {
        return active(type).stream().collect(Collectors.toMap(CustomField::getCode, f -> f));
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof List<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(String.valueOf(item)));
            return array.build();
        }
        return Json.createValue(String.valueOf(value));
    }

    private static JsonValue convert(CustomField field, JsonValue value) {
        return switch (field.getFieldType()) {
            case TEXT -> value instanceof JsonNumber number ? Json.createValue(plain(number.bigDecimalValue()).toPlainString()) : value;
            case NUMBER -> {
                if (value instanceof JsonString text) {
                    try {
                        yield Json.createValue(new BigDecimal(text.getString().strip()));
                    } catch (NumberFormatException e) {
                        yield value;
                    }
                }
                yield value;
            }
            case CHOICE -> {
                if (field.isMultiple() && value instanceof JsonString) {
                    yield Json.createArrayBuilder().add(value).build();
                }
                if (!field.isMultiple() && value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().size() == 1) {
                    yield value.asJsonArray().get(0);
                }
                yield value;
            }
            default -> value;
        };
    }

    /** Deletes every custom field value of a deleted record. */
    @Transactional
    public void deleteValues(long recordId) {
        db.em().createQuery("DELETE FROM CustomFieldValue v WHERE v.recordId = :record")
                .setParameter("record", recordId).executeUpdate();
    }

    /** Deletes the custom field values of deleted records (e.g. a customer's contacts). */
    @Transactional
    public void deleteValues(Collection<Long> recordIds) {
        if (!recordIds.isEmpty()) {
            db.em().createQuery("DELETE FROM CustomFieldValue v WHERE v.recordId IN :records")
                    .setParameter("records", List.copyOf(recordIds)).executeUpdate();
        }
    }

    private Optional<List<CustomFieldValue>> parse(CustomField field, long recordId, JsonValue value, List<FieldError> errors) {
        String code = field.getCode();
        switch (field.getFieldType()) {
            case TEXT -> {
                if (!(value instanceof JsonString text)) {
                    return invalid(errors, code, "validation.type");
                }
                String stripped = text.getString().strip();
                if (stripped.length() > TEXT_MAX) {
                    return invalid(errors, code, "validation.size", 0, TEXT_MAX);
                }
                CustomFieldValue row = new CustomFieldValue(field.getId(), recordId);
                row.setTextValue(stripped);
                return Optional.of(List.of(row));
            }
            case NUMBER -> {
                if (!(value instanceof JsonNumber number)) {
                    return invalid(errors, code, "validation.type");
                }
                BigDecimal decimal = number.bigDecimalValue();
                if (decimal.abs().compareTo(NUMBER_LIMIT) >= 0 || decimal.stripTrailingZeros().scale() > 6) {
                    return invalid(errors, code, "customfields.validation.number");
                }
                CustomFieldValue row = new CustomFieldValue(field.getId(), recordId);
                row.setNumberValue(decimal);
                return Optional.of(List.of(row));
            }
            case DATE -> {
                try {
                    if (!(value instanceof JsonString text)) {
                        return invalid(errors, code, "validation.date");
                    }
                    CustomFieldValue row = new CustomFieldValue(field.getId(), recordId);
                    row.setDateValue(LocalDate.parse(text.getString().strip()));
                    return Optional.of(List.of(row));
                } catch (DateTimeParseException e) {
                    return invalid(errors, code, "validation.date");
                }
            }
            case CHOICE -> {
                List<String> chosen = new ArrayList<>();
                if (field.isMultiple() && value.getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue item : value.asJsonArray()) {
                        if (!(item instanceof JsonString text)) {
                            return invalid(errors, code, "validation.type");
                        }
                        if (!chosen.contains(text.getString())) {
                            chosen.add(text.getString());
                        }
                    }
                } else if (!field.isMultiple() && value instanceof JsonString text) {
                    chosen.add(text.getString());
                } else {
                    return invalid(errors, code, "validation.type");
                }
                List<String> unknown = chosen.stream().filter(c -> field.option(c).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    return invalid(errors, code, "validation.one-of",
                            field.options().stream().map(ChoiceOption::code).collect(Collectors.joining(", ")));
                }
                return Optional.of(chosen.stream().map(c -> {
                    CustomFieldValue row = new CustomFieldValue(field.getId(), recordId);
                    row.setTextValue(c);
                    return row;
                }).toList());
            }
            case LOOKUP -> {
                Optional<Long> id = value instanceof JsonString text ? Ids.parse(text.getString()) : Optional.empty();
                if (id.isEmpty()) {
                    return invalid(errors, code, "validation.id");
                }
                if (!exists(field.getLookupEntity(), id.get())) {
                    return invalid(errors, code, "customfields.validation.lookup",
                            Messages.get("customfields.entity." + field.getLookupEntity().code()));
                }
                CustomFieldValue row = new CustomFieldValue(field.getId(), recordId);
                row.setRefValue(id.get());
                return Optional.of(List.of(row));
            }
            default -> throw new IllegalStateException(field.getFieldType().name());
        }
    }

    /** Whether the record exists in the current tenant (the tenant criteria apply to every query). */
    private boolean exists(RecordType type, long id) {
        return db.em().createQuery("SELECT COUNT(x) FROM " + type.jpaEntity() + " x WHERE x.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** A stored value as the API shows it: text, a number, a date, an option code (a list if multiple), an id. */
    static Object json(CustomField field, List<CustomFieldValue> rows) {
        CustomFieldValue first = rows.get(0);
        return switch (field.getFieldType()) {
            case TEXT -> first.getTextValue();
            case NUMBER -> plain(first.getNumberValue());
            case DATE -> first.getDateValue() == null ? null : first.getDateValue().toString();
            case LOOKUP -> Ids.format(first.getRefValue());
            case CHOICE -> field.isMultiple() ? ordered(field, rows) : first.getTextValue();
        };
    }

    private static List<String> ordered(CustomField field, List<CustomFieldValue> rows) {
        List<String> codes = field.options().stream().map(ChoiceOption::code).toList();
        return rows.stream().map(CustomFieldValue::getTextValue)
                .sorted(java.util.Comparator.comparingInt(codes::indexOf)).toList();
    }

    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean empty(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value instanceof JsonString text && text.getString().isBlank()
                || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
    }

    private static <T> Optional<T> invalid(List<FieldError> errors, String code, String key, Object... args) {
        errors.add(error(code, key, args));
        return Optional.empty();
    }

    static FieldError error(String code, String key, Object... args) {
        return new FieldError("customFields." + code, Messages.get(key, args));
    }
}
