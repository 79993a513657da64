package io.tradewind.testkit;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.FieldType;
import io.tradewind.api.data.RecordField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The custom fields a plugin declares on core records ({@link DataModel#recordFields()}), checked and
 * kept as the host does when a tenant enables the plugin (ADR 0208), and values checked as the records'
 * API checks them (ADR 0130).
 */
final class FakeFields {

    static final Set<String> RECORD_TYPES = Set.of("lead", "customer", "contact", "opportunity");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    private static final int TEXT_MAX = 500;
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e18");

    private final Map<String, RecordField> fields = new LinkedHashMap<>();

    void register(DataModel model) {
        Set<String> seen = new HashSet<>();
        for (RecordField field : model.recordFields()) {
            String where = field.recordType() + "." + field.key();
            check(RECORD_TYPES.contains(field.recordType()), where, "a record type of lead, customer, contact or opportunity");
            check(KEY.matcher(field.key()).matches(), where, "a key of a lowercase letter, then up to 39 letters, digits or _");
            check(field.type() != FieldType.BOOLEAN, where, "not BOOLEAN: records take a choice instead");
            check(field.type() == FieldType.CHOICE ? !field.choices().isEmpty() && Set.copyOf(field.choices()).size()
                    == field.choices().size() : field.choices().isEmpty(), where, "distinct choices on a choice field, none on others");
            check(field.type() == FieldType.REFERENCE ? field.lookupTarget() != null && RECORD_TYPES.contains(field.lookupTarget())
                    || "user".equals(field.lookupTarget()) : field.lookupTarget() == null, where, "a lookup target on a lookup only");
            check(seen.add(where), where, "one declaration per record type and key");
        }
        model.recordFields().forEach(field -> fields.put(field.recordType() + "." + field.key(), field));
    }

    List<RecordField> of(String recordType) {
        return fields.values().stream().filter(f -> f.recordType().equals(recordType)).toList();
    }

    Map<String, String> validate(String recordType, Map<String, ?> values, boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            RecordField field = fields.get(recordType + "." + key);
            if (field == null) {
                problems.put(key, "unknown field");
            } else if (value == null || "".equals(value)) {
                if (field.required()) {
                    problems.put(key, "required");
                }
            } else {
                String problem = problem(field, value);
                if (problem != null) {
                    problems.put(key, problem);
                }
            }
        });
        if (creating) {
            for (RecordField field : of(recordType)) {
                if (field.required() && values.get(field.key()) == null) {
                    problems.putIfAbsent(field.key(), "required");
                }
            }
        }
        return problems;
    }

    private static String problem(RecordField field, Object value) {
        return switch (field.type()) {
            case TEXT -> value instanceof String text ? text.strip().length() <= TEXT_MAX ? null : "longer than " + TEXT_MAX
                    : "not text";
            case NUMBER -> {
                if (!(value instanceof Number number)) {
                    yield "not a number";
                }
                BigDecimal decimal = new BigDecimal(number.toString());
                yield decimal.abs().compareTo(NUMBER_LIMIT) >= 0 || decimal.stripTrailingZeros().scale() > 6
                        ? "out of range (under 1e18, at most 6 decimals)" : null;
            }
            case DATE -> value instanceof LocalDate || value instanceof String text && isDate(text) ? null : "not a date (yyyy-MM-dd)";
            case CHOICE -> field.choices().contains(value) ? null : "one of " + String.join(", ", field.choices());
            case REFERENCE -> value instanceof Number || value instanceof String text && !text.isBlank() ? null : "not a record id";
            case BOOLEAN -> "not accepted on records";
        };
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void check(boolean ok, String where, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("The host refuses field " + where + ": it needs " + rule);
        }
    }
}
