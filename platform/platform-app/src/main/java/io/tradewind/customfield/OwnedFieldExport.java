package io.tradewind.customfield;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared field and every record's value of it, as an uninstall's export carries them. */
@Schema(name = "OwnedFieldExport")
public record OwnedFieldExport(CustomFieldView field, List<Value> values) {

    /** One record's value, as the records' API shows it. */
    @Schema(name = "OwnedFieldValue")
    public record Value(String recordId, Object value) {
    }
}
