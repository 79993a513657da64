package io.tradewind.customfield;

import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportRows;
import io.tradewind.i18n.RequestLocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The custom fields of an export: one column per active field (headed by its label in the caller's
 * language) after the record's own columns, filled from the values of each chunk, read in one query
 * per chunk. Choices export their labels, lookups the referenced record's id.
 *
 * <pre>
 * exporter.export(format, "customers", columns, query, orderBy, customFields.export(RecordType.CUSTOMER, Customer::getId));
 * </pre>
 */
public final class CustomFieldExport<T> implements ExportRows<T, T> {

    private final CustomFields values;
    private final RecordType type;
    private final Function<T, Long> id;
    private final List<CustomField> fields;
    private Map<Long, Map<String, Object>> chunk = new HashMap<>();

    CustomFieldExport(CustomFields values, RecordType type, Function<T, Long> id, List<CustomField> fields) {
        this.values = values;
        this.type = type;
        this.id = id;
        this.fields = fields;
    }

    /** The record's own columns followed by one per custom field. */
    @Override
    public List<ExportColumn<T>> columns(List<ExportColumn<T>> own) {
        List<ExportColumn<T>> all = new ArrayList<>(own);
        for (CustomField field : fields) {
            all.add(new ExportColumn<>(field.label(RequestLocale.current()), row -> cell(field,
                    chunk.getOrDefault(id.apply(row), Map.of()).get(field.getCode()))));
        }
        return all;
    }

    /** The chunk's rows as they are, after reading their custom field values. */
    @Override
    public List<T> rows(List<T> read) {
        chunk = fields.isEmpty() ? Map.of() : values.values(type, read.stream().map(id).toList());
        return read;
    }

    private static Object cell(CustomField field, Object value) {
        if (value == null || field.getFieldType() != FieldType.CHOICE) {
            return value;
        }
        java.util.Locale locale = RequestLocale.current();
        Function<String, String> label = code -> field.option(code)
                .map(o -> "zh".equals(locale.getLanguage()) ? o.labelZh() : o.labelEn()).orElse(code);
        return value instanceof List<?> codes
                ? codes.stream().map(c -> label.apply((String) c)).collect(Collectors.joining(", "))
                : label.apply((String) value);
    }
}
