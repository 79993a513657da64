package io.tradewind.testplugin.tally;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.RecordField;
import java.util.List;
import org.pf4j.Extension;

/** Custom fields on core records, labelled by the plugin's messages. Version 1 declares a text and a choice field on customers. */
@Extension
public class TallyFields implements DataModel {

    @Override
    public List<RecordField> recordFields() {
        return List.of(RecordField.text("customer", "tallyCode"),
                RecordField.choice("customer", "tallyTier", List.of("gold", "silver")));
    }
}
