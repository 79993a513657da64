package io.tradewind.calendar;

import io.tradewind.persistence.Ids;
import java.time.LocalDate;

/**
 * One special day of the tenant's calendar; {@code source} is reference (the official schedule, no
 * id) or tenant (the tenant's own entry, editable).
 */
public record CalendarDayView(String id, LocalDate date, String kind, String name, String source, Long version) {

    static CalendarDayView of(CalendarDay day) {
        return new CalendarDayView(Ids.format(day.getId()), day.getCalendarDate(), day.getKind().code(), day.getName(),
                "tenant", day.getVersion());
    }

    static CalendarDayView of(ReferenceHolidays.Entry entry) {
        return new CalendarDayView(null, entry.date(), entry.kind().code(), entry.name(), "reference", null);
    }
}
