package io.tradewind.lead;

import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.i18n.Messages;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A converted lead's custom field values sorted onto the new records (ADR 0140): for each of the
 * customer, the contact and (when one is made) the opportunity, the values its fields of the same
 * code accept; and every value left behind, with the record that refused it and why, or with none
 * when no new record has a field of that code.
 */
record CarriedFields(Map<RecordType, JsonObject> accepted, List<ConvertedView.NotCopied> notCopied) {

    static CarriedFields of(CustomFields fields, Map<String, Object> leadValues, boolean withOpportunity) {
        if (leadValues.isEmpty()) {
            return new CarriedFields(Map.of(), List.of());
        }
        List<RecordType> targets = withOpportunity
                ? List.of(RecordType.CUSTOMER, RecordType.CONTACT, RecordType.OPPORTUNITY)
                : List.of(RecordType.CUSTOMER, RecordType.CONTACT);
        Map<RecordType, JsonObject> accepted = new EnumMap<>(RecordType.class);
        List<ConvertedView.NotCopied> notCopied = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (RecordType target : targets) {
            CustomFields.Fitted fitted = fields.fit(target, leadValues);
            accepted.put(target, fitted.values());
            matched.addAll(fitted.matched());
            fitted.refused().forEach(e -> notCopied.add(new ConvertedView.NotCopied(target.code(), e.field(), e.message())));
        }
        leadValues.keySet().stream().filter(code -> !matched.contains(code)).forEach(code -> notCopied.add(
                new ConvertedView.NotCopied(null, "customFields." + code, Messages.get("lead.convert.no-matching-field"))));
        return new CarriedFields(accepted, List.copyOf(notCopied));
    }

    /** The values for the new record of {@code target}; null when there are none. */
    JsonObject values(RecordType target) {
        return accepted.get(target);
    }
}
