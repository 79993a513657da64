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
 * of the inquiry log and "the next working day" of hand-over feedback. Weekends are not working
 * days; public holidays are not modelled yet (ADR 0121).
 */
@ApplicationScoped
public class BusinessCalendar {

    @Inject
    @ConfigProperty(name = "TRADEWIND_BUSINESS_ZONE", defaultValue = "Asia/Shanghai")
    String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The end (exclusive: the next midnight) of the working day after {@code from}. */
    public Instant endOfNextWorkingDay(Instant from) {
        LocalDate day = dayOf(from).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The next midnight after {@code from}. */
    public Instant endOfDay(Instant from) {
        return dayOf(from).plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
