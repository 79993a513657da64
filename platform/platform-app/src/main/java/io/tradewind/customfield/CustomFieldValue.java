package io.tradewind.customfield;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored value of a custom field of one record, in the column of its type: text and choice codes
 * in {@code textValue}, numbers, dates, and lookups (the referenced record's id) in their own. A
 * multi-choice value is one row per chosen option. Values are replaced, never edited in place.
 */
@Entity
@Table(name = "custom_field_value")
public class CustomFieldValue extends TenantRecord {

    private long fieldId;
    private long recordId;
    private String textValue;
    private BigDecimal numberValue;
    private LocalDate dateValue;
    private Long refValue;

    protected CustomFieldValue() {
    }

    CustomFieldValue(long fieldId, long recordId) {
        this.fieldId = fieldId;
        this.recordId = recordId;
    }

    public long getFieldId() { return fieldId; }
    public long getRecordId() { return recordId; }
    public String getTextValue() { return textValue; }
    void setTextValue(String textValue) { this.textValue = textValue; }
    public BigDecimal getNumberValue() { return numberValue; }
    void setNumberValue(BigDecimal numberValue) { this.numberValue = numberValue; }
    public LocalDate getDateValue() { return dateValue; }
    void setDateValue(LocalDate dateValue) { this.dateValue = dateValue; }
    public Long getRefValue() { return refValue; }
    void setRefValue(Long refValue) { this.refValue = refValue; }
}
