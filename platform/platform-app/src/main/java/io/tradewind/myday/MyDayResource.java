package io.tradewind.myday;

import io.tradewind.access.Caller;
import io.tradewind.access.CurrentCaller;
import io.tradewind.activity.ActivityService;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.lead.handover.HandoverService;
import io.tradewind.persistence.Clock;
import io.tradewind.reminder.Reminder;
import io.tradewind.reminder.ReminderService;
import io.tradewind.web.PageRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's "my day" list (我的今日). */
@Path("/my-day")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My day")
public class MyDayResource {

    static final int LIMIT = 50;

    @Inject
    CurrentCaller caller;

    @Inject
    HandoverService handovers;

    @Inject
    ActivityService activities;

    @Inject
    ReminderService reminders;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Instance<PoolForecast> pool;

    @GET
    @Operation(summary = "My day: leads awaiting my feedback, follow-ups due today or overdue, my delivered reminders, "
            + "my customers about to return to the pool")
    public MyDay get() {
        Caller me = caller.get();
        Instant now = Clock.now();
        Instant endOfDay = calendar.endOfDay(now);
        List<MyDay.PoolWarning> returning = new ArrayList<>();
        pool.forEach(forecast -> returning.addAll(forecast.returningSoon(me.userId(), LIMIT)));
        return new MyDay(calendar.dayOf(now), handovers.awaitingFeedback(me.userId(), LIMIT),
                activities.nextStepsDue(me.userId(), endOfDay, LIMIT),
                reminders.list(me, new ReminderService.Filter(Reminder.Status.DELIVERED, null, null),
                        new PageRequest(1, LIMIT, null)).items(),
                returning);
    }
}
