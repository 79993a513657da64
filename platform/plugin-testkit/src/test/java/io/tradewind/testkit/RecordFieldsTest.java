package io.tradewind.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.FieldType;
import io.tradewind.api.data.RecordField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

    private final PluginTestkit kit = new PluginTestkit("tally-test");

    private static DataModel declaring(RecordField... fields) {
        return new DataModel() {
            @Override
            public List<RecordField> recordFields() {
                return List.of(fields);
            }
        };
    }

    @Test
    void declaredFieldsAreRegisteredPerRecordType() {
        kit.registerFields(declaring(RecordField.text("customer", "tallyCode"),
                RecordField.choice("customer", "tallyTier", List.of("gold", "silver")),
                RecordField.number("lead", "tallyScore").asRequired()));
        assertThat(kit.fields("customer")).extracting(RecordField::key).containsExactly("tallyCode", "tallyTier");
        assertThat(kit.fields("lead")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.NUMBER);
            assertThat(f.required()).isTrue();
        });
        assertThat(kit.fields("opportunity")).isEmpty();
    }

    @Test
    void valuesAreValidatedAsTheRecordsApiDoes() {
        kit.registerFields(declaring(RecordField.text("customer", "tallyCode"),
                RecordField.choice("customer", "tallyTier", List.of("gold", "silver")),
                RecordField.date("customer", "tallySince"),
                RecordField.lookup("customer", "tallyLead", "lead"),
                RecordField.number("lead", "tallyScore").asRequired()));
        assertThat(kit.validateFields("customer", Map.of("tallyCode", "T-1", "tallyTier", "gold",
                "tallySince", LocalDate.of(2026, 1, 5), "tallyLead", 7L), true)).isEmpty();
        assertThat(kit.validateFields("customer", Map.of("tallyTier", "platinum", "tallySince", "05/01/2026",
                "tallyCode", "x".repeat(501), "nope", 1), false))
                .containsOnlyKeys("tallyTier", "tallySince", "tallyCode", "nope")
                .containsEntry("tallyTier", "one of gold, silver");
        assertThat(kit.validateFields("lead", Map.of(), true)).containsEntry("tallyScore", "required");
        assertThat(kit.validateFields("lead", Map.of(), false)).isEmpty();
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("tallyScore", null);
        assertThat(kit.validateFields("lead", cleared, false)).containsEntry("tallyScore", "required");
        assertThat(kit.validateFields("lead", Map.of("tallyScore", 1.1234567), true)).containsKey("tallyScore");
        assertThat(kit.validateFields("lead", Map.of("tallyScore", 12.5), true)).isEmpty();
    }

    @Test
    void declarationsTheHostRefusesFailTheTest() {
        assertThatThrownBy(() -> kit.registerFields(declaring(RecordField.text("order", "tallyCode"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order.tallyCode");
        assertThatThrownBy(() -> kit.registerFields(declaring(RecordField.text("customer", "Tally code"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kit.registerFields(declaring(
                new RecordField("customer", "tallyFlag", FieldType.BOOLEAN, List.of(), null, false))))
                .hasMessageContaining("BOOLEAN");
        assertThatThrownBy(() -> kit.registerFields(declaring(RecordField.choice("customer", "tallyTier", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kit.registerFields(declaring(RecordField.text("customer", "tallyCode"),
                RecordField.number("customer", "tallyCode")))).hasMessageContaining("one declaration");
        assertThat(kit.fields("customer")).isEmpty();
    }
}
