package io.tradewind.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    @Test
    void holidaysAreDaysOffAndMakeUpWeekendsAreWorkingDays() {
        assertThat(WorkCalendar.working(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY)).isFalse();
        assertThat(WorkCalendar.working(LocalDate.of(2026, 10, 10), DayKind.WORKDAY)).isTrue();
        assertThat(WorkCalendar.working(LocalDate.of(2026, 10, 10), null)).isFalse();
        assertThat(WorkCalendar.working(LocalDate.of(2026, 10, 5), DayKind.REGULAR)).isTrue();
        assertThat(WorkCalendar.working(LocalDate.of(2026, 10, 9), DayKind.CARE)).isTrue();
    }

    @Test
    void theReferenceScheduleHoldsThe2026NoticeAndMakeUpDaysFallOnWeekends() {
        var all = ReferenceHolidays.load();
        assertThat(all.values().stream().filter(e -> e.kind() == DayKind.HOLIDAY)).hasSize(33);
        assertThat(all.values().stream().filter(e -> e.kind() == DayKind.WORKDAY))
                .extracting(ReferenceHolidays.Entry::date)
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))
                .allMatch(d -> d.getDayOfWeek().getValue() >= 6);
        assertThat(all.get(LocalDate.of(2026, 2, 17)).name()).isEqualTo("春节");
    }
}
