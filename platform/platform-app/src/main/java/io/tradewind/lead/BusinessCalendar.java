package io.tradewind.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Business days in the tenants' time zone (TRADEWIND_BUSINESS_ZONE, Asia/Shanghai): "the same day"
 * of the inquiry log and "the next working day" of hand-over feedback. Working days come from the
 * tenant's calendar (public holidays and make-up working days, ADR 0135); without one (unit tests)
 * only weekends are days off (ADR 0121).
 */
@ApplicationScoped
public class BusinessCalendar {

    @Inject
    @ConfigProperty(name = "TRADEWIND_BUSINESS_ZONE", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    io.tradewind.calendar.WorkCalendar workDays;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The end (exclusive: the next midnight) of the working day after {@code from}. */
    public Instant endOfNextWorkingDay(Instant from) {
        LocalDate day;
        if (workDays != null) {
            day = workDays.nextWorkingDay(dayOf(from));
        } else {
            day = dayOf(from).plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The next midnight after {@code from}. */
    public Instant endOfDay(Instant from) {
        return dayOf(from).plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
