package io.tradewind.lead.importing;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One problem with one row of an import, for the downloadable error report. */
@Entity
@Table(name = "lead_import_error")
public class ImportError extends TenantRecord {

    private long importId;
    private long rowNo;
    private String field;
    private String valueText;
    private String message;

    protected ImportError() {
    }

    public ImportError(long importId, long rowNo, String field, String valueText, String message) {
        this.importId = importId;
        this.rowNo = rowNo;
        this.field = field;
        this.valueText = valueText == null || valueText.length() <= 500 ? valueText : valueText.substring(0, 500);
        this.message = message.length() <= 500 ? message : message.substring(0, 500);
    }

    public long getImportId() { return importId; }
    public long getRowNo() { return rowNo; }
    public String getField() { return field; }
    public String getValueText() { return valueText; }
    public String getMessage() { return message; }
}
