package io.tradewind.testplugin.tally;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.RecordField;
import java.util.List;
import org.pf4j.Extension;

/** Custom fields on core records, labelled by the plugin's messages. Version 2 adds a choice and a number field on leads: an upgrade registers them. */
@Extension
public class TallyFields implements DataModel {

    @Override
    public List<RecordField> recordFields() {
        return List.of(RecordField.text("customer", "tallyCode"),
                RecordField.choice("customer", "tallyTier", List.of("gold", "silver", "bronze")),
                RecordField.number("lead", "tallyScore"));
    }
}
