package io.tradewind.calendar;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A tenant's own entry in its working-day calendar; it wins over the reference schedule on that date. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends TenantEntity {

    private LocalDate calendarDate;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate calendarDate, DayKind kind, String name) {
        this.calendarDate = calendarDate;
        this.kind = kind;
        this.name = name;
    }

    public void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getCalendarDate() { return calendarDate; }
    public DayKind getKind() { return kind; }
    public String getName() { return name; }
}
