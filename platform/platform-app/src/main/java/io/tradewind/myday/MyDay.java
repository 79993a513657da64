package io.tradewind.myday;

import io.tradewind.activity.ActivityView;
import io.tradewind.lead.handover.HandoverView;
import io.tradewind.reminder.ReminderView;
import java.time.LocalDate;
import java.util.List;

/**
 * A rep's day: handed-over leads awaiting their feedback, follow-ups whose next step is due by the
 * end of today, reminders delivered and not done, and their customers about to return to the pool.
 */
public record MyDay(LocalDate date, List<HandoverView.ItemView> leadsAwaitingFeedback, List<ActivityView> followUpsDue,
                    List<ReminderView> reminders, List<PoolWarning> customersReturningToPool) {

    /** A customer of the caller's that the pool rules will reclaim soon. */
    public record PoolWarning(String customerId, String name, String reason, java.time.Instant returnsAt) {
    }
}
