package io.tradewind.testplugin.twin;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.RecordField;
import java.util.List;
import org.pf4j.Extension;

/** Version 2 adds a number field on leads: a tenant gets it when it upgrades. */
@Extension
public class TwinFields implements DataModel {

    @Override
    public List<RecordField> recordFields() {
        return List.of(RecordField.text("customer", "twinCode"), RecordField.number("lead", "twinScore"));
    }
}
