package io.tradewind.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.persistence.Ids;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How stored custom field values read in the API. */
class CustomFieldValuesTest {

    @Test
    void numbersLoseTheStoredScaleButNeverBecomeExponents() {
        assertThat(CustomFields.plain(new BigDecimal("100.000000"))).hasToString("100");
        assertThat(CustomFields.plain(new BigDecimal("12.500000"))).hasToString("12.5");
        assertThat(CustomFields.plain(new BigDecimal("0.000001"))).hasToString("0.000001");
        assertThat(CustomFields.plain(null)).isNull();
    }

    @Test
    void eachTypeReadsFromItsOwnColumn() {
        CustomField date = new CustomField(RecordType.LEAD, "visit", FieldType.DATE, CustomField.TENANT_SOURCE);
        CustomFieldValue day = new CustomFieldValue(1, 2);
        day.setDateValue(LocalDate.of(2026, 3, 15));
        assertThat(CustomFields.json(date, List.of(day))).isEqualTo("2026-03-15");

        CustomField lookup = new CustomField(RecordType.LEAD, "referrer", FieldType.LOOKUP, CustomField.TENANT_SOURCE);
        CustomFieldValue ref = new CustomFieldValue(1, 2);
        ref.setRefValue(123456789L);
        assertThat(CustomFields.json(lookup, List.of(ref))).isEqualTo(Ids.format(123456789L));
    }

    @Test
    void aMultiChoiceListsItsCodesInTheOptionsOrder() {
        CustomField channels = new CustomField(RecordType.CUSTOMER, "channels", FieldType.CHOICE, CustomField.TENANT_SOURCE);
        channels.setMultiple(true);
        channels.setOptions(List.of(new ChoiceOption("dealer", "Dealer", "经销商"), new ChoiceOption("online", "Online", "线上"),
                new ChoiceOption("fair", "Trade fair", "展会")));
        assertThat(CustomFields.json(channels, List.of(value("online"), value("fair"), value("dealer"))))
                .isEqualTo(List.of("dealer", "online", "fair"));
        assertThat(channels.option("fair")).map(ChoiceOption::labelZh).contains("展会");
        assertThat(channels.option("nope")).isEmpty();
    }

    @Test
    void codesAndTypesParseLeniently() {
        assertThat(RecordType.byCode(" Opportunity ")).contains(RecordType.OPPORTUNITY);
        assertThat(RecordType.byCode("product")).isEmpty();
        assertThat(RecordType.USER.holdsFields()).isFalse();
        assertThat(FieldType.byCode("CHOICE")).contains(FieldType.CHOICE);
        assertThat("hospitalLevel").matches(CustomField.CODE);
        assertThat("Bad-Code").doesNotMatch(CustomField.CODE);
        assertThat("cf.x").doesNotMatch(CustomField.CODE);
    }

    private static CustomFieldValue value(String code) {
        CustomFieldValue row = new CustomFieldValue(1, 2);
        row.setTextValue(code);
        return row;
    }
}
