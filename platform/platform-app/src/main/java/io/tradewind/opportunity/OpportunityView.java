package io.tradewind.opportunity;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An opportunity as the API shows it (lines are filled on single reads). */
public record OpportunityView(String id, String name, String customerId, String contactId, String ownerId,
                              BigDecimal amount, LocalDate expectedCloseDate, String stageId, String stageName,
                              String status, int probability, Instant stageEnteredAt, List<String> checkedItems,
                              String closeReason, Instant closedAt, String source, List<String> tags,
                              List<LineView> lines, Instant createdAt, Instant updatedAt, long version,
                              Map<String, Object> customFields) implements Versioned {

    public record LineView(String productId, BigDecimal quantity, BigDecimal unitPrice, String priceListId,
                           BigDecimal amount) {
        static LineView of(OpportunityLine l) {
            return new LineView(Ids.format(l.getProductId()), l.getQuantity(), l.getUnitPrice(),
                    Ids.format(l.getPriceListId()), l.getAmount());
        }
    }

    public static OpportunityView of(Opportunity o, String stageName, List<OpportunityLine> lines) {
        return of(o, stageName, lines, Map.of());
    }

    /** With its custom field values by code (CustomFields). */
    public static OpportunityView of(Opportunity o, String stageName, List<OpportunityLine> lines,
                                     Map<String, Object> customFields) {
        return new OpportunityView(Ids.format(o.getId()), o.getName(), Ids.format(o.getCustomerId()),
                Ids.format(o.getContactId()), Ids.format(o.getOwnerId()), o.getAmount(), o.getExpectedCloseDate(),
                Ids.format(o.getStageId()), stageName, o.getStatus().name().toLowerCase(), o.getProbability(),
                o.getStageEnteredAt(), List.copyOf(o.getCheckedItems()), o.getCloseReason(), o.getClosedAt(),
                o.getSource(), List.copyOf(o.getTags()),
                lines == null ? null : lines.stream().map(LineView::of).toList(),
                o.getCreatedAt(), o.getUpdatedAt(), o.getVersion(), customFields);
    }
}
