package io.tradewind.channel;

import io.tradewind.api.data.CustomFieldDefinition;
import io.tradewind.api.data.CustomObjectDefinition;
import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.FieldType;
import io.tradewind.api.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** The custom objects the plugin keeps its data in (see {@link ChannelStore}). */
@Extension
public class ChannelDataModel implements DataModel {

    @Override
    public List<CustomObjectDefinition> customObjects() {
        return List.of(
                object(ChannelStore.CHANNEL_TYPE, "Channel type", "渠道类型",
                        "code:TEXT!", "name:TEXT!", "kind:TEXT!", "terms:TEXT"),
                object(ChannelStore.PARTNER, "Partner", "合作伙伴",
                        "name:TEXT!", "type:TEXT!", "tier:TEXT", "status:TEXT!", "regions:TEXT", "product_lines:TEXT",
                        "owner_user_id:NUMBER", "department_id:NUMBER", "contacts:TEXT", "agreement:TEXT", "ratings:TEXT"),
                object(ChannelStore.CRITERION, "Selection criterion", "选择标准",
                        "code:TEXT!", "name:TEXT!", "weight:NUMBER!"),
                object(ChannelStore.REGISTRATION, "Deal registration", "报备商机",
                        "partner_id:NUMBER", "customer:TEXT!", "region:TEXT!", "product_line:TEXT!", "price:NUMBER",
                        "list_price:NUMBER", "amount:NUMBER", "status:TEXT!", "registered_at:TEXT!"),
                object(ChannelStore.CONFLICT, "Channel conflict", "渠道冲突",
                        "registration_id:NUMBER!", "kind:TEXT!", "other_registration_id:NUMBER",
                        "other_partner_id:NUMBER", "with_direct:BOOLEAN", "detail:TEXT", "status:TEXT!",
                        "resolution:TEXT", "resolved_by:NUMBER", "note:TEXT"),
                object(ChannelStore.ACTIVITY, "Partner activity", "伙伴活动",
                        "partner_id:NUMBER!", "kind:TEXT!", "subject:TEXT!", "occurred_on:TEXT", "score:NUMBER",
                        "note:TEXT"));
    }

    /** Fields as {@code name:TYPE}, a trailing {@code !} for required. */
    private static CustomObjectDefinition object(String name, String en, String zh, String... fields) {
        List<CustomFieldDefinition> definitions = new ArrayList<>();
        for (String field : fields) {
            boolean required = field.endsWith("!");
            String[] parts = (required ? field.substring(0, field.length() - 1) : field).split(":");
            definitions.add(new CustomFieldDefinition(name, parts[0], LocalizedText.of(parts[0], parts[0]),
                    FieldType.valueOf(parts[1]), required, List.of()));
        }
        return new CustomObjectDefinition(name, LocalizedText.of(en, zh), definitions);
    }
}
