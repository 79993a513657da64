package io.tradewind.reminder;

import java.time.LocalDate;

/**
 * A source of customer-care reminders (birthdays, holidays): called in each tenant before due
 * reminders are delivered, it schedules (idempotently, by dedupe key) those coming up.
 */
public interface CareDates {

    /** Schedules the reminders of the care dates from {@code from} to {@code to}, both included. */
    void schedule(LocalDate from, LocalDate to);
}
