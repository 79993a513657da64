package io.tradewind.reminder;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;

/** A reminder as its user sees it. */
public record ReminderView(String id, String userId, String kind, String title, String detail, Instant dueAt,
                           String status, Instant deliveredAt, String subjectType, String subjectId, Instant createdAt,
                           long version) implements Versioned {

    public static ReminderView of(Reminder reminder) {
        return new ReminderView(Ids.format(reminder.getId()), Ids.format(reminder.getUserId()),
                reminder.getKind().name().toLowerCase().replace('_', '-'), reminder.getTitle(), reminder.getDetail(),
                reminder.getDueAt(), reminder.getStatus().name().toLowerCase(), reminder.getDeliveredAt(),
                reminder.getSubjectType(), Ids.format(reminder.getSubjectId()), reminder.getCreatedAt(), reminder.getVersion());
    }
}
