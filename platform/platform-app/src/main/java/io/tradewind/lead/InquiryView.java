package io.tradewind.lead;

import io.tradewind.persistence.Ids;
import java.time.Instant;

/** An inquiry-log entry. */
public record InquiryView(String id, String leadId, String channel, String summary, Instant occurredAt,
                          Instant recordedAt, String recordedById, String recordedByName, boolean late) {

    public static InquiryView of(LeadInquiry inquiry) {
        return new InquiryView(Ids.format(inquiry.getId()), Ids.format(inquiry.getLeadId()), inquiry.getChannel().code(),
                inquiry.getSummary(), inquiry.getOccurredAt(), inquiry.getRecordedAt(),
                Ids.format(inquiry.getRecordedById()), inquiry.getRecordedByName(), inquiry.isLate());
    }
}
