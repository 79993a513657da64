package io.tradewind.lead.handover;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A hand-over form with its leads; {@code overdue} counts leads still without feedback after the due time. */
public record HandoverView(String id, String fromUserId, String toUserId, String note, Instant dueAt, int leadCount,
                           int awaitingFeedback, int overdue, List<ItemView> items, Instant createdAt, long version)
        implements Versioned {

    /** One handed-over lead. */
    public record ItemView(String leadId, String leadName, String companyName, Instant dueAt, String outcome,
                           String feedback, Instant feedbackAt, String feedbackById, boolean overdue) {

        static ItemView of(HandoverItem item, String leadName, String companyName, Instant now) {
            return new ItemView(Ids.format(item.getLeadId()), leadName, companyName, item.getDueAt(),
                    item.getOutcome() == null ? null : item.getOutcome().name().toLowerCase().replace('_', '-'),
                    item.getFeedback(), item.getFeedbackAt(), Ids.format(item.getFeedbackById()), item.isOverdue(now));
        }
    }

    static HandoverView of(Handover handover, List<ItemView> items) {
        int awaiting = (int) items.stream().filter(item -> item.feedbackAt() == null).count();
        int overdue = (int) items.stream().filter(ItemView::overdue).count();
        return new HandoverView(Ids.format(handover.getId()), Ids.format(handover.getFromUserId()),
                Ids.format(handover.getToUserId()), handover.getNote(), handover.getDueAt(), items.size(), awaiting,
                overdue, items, handover.getCreatedAt(), handover.getVersion());
    }
}
