package io.tradewind.customfield;

import io.tradewind.i18n.RequestLocale;
import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A custom field definition as the API shows it; {@code label} is in the caller's language. */
public record CustomFieldView(String id, String entity, String code, String type, boolean multiple, String label,
                              String labelEn, String labelZh, boolean required, int sortOrder, boolean active,
                              List<ChoiceOption> options, String lookupEntity, String source, Instant createdAt,
                              Instant updatedAt, long version) implements Versioned {

    public static CustomFieldView of(CustomField f) {
        return new CustomFieldView(Ids.format(f.getId()), f.getEntity().code(), f.getCode(), f.getFieldType().code(),
                f.isMultiple(), f.label(RequestLocale.current()), f.getLabelEn(), f.getLabelZh(), f.isRequired(),
                f.getSortOrder(), f.isActive(), f.options(),
                f.getLookupEntity() == null ? null : f.getLookupEntity().code(), f.getSource(), f.getCreatedAt(),
                f.getUpdatedAt(), f.getVersion());
    }
}
