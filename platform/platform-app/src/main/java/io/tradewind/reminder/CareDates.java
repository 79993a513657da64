package io.tradewind.reminder;

/**
 * A source of customer-care reminders (birthdays, holidays): called in each tenant before due
 * reminders are delivered, it schedules (idempotently, by dedupe key) those coming up.
 */
public interface CareDates {

    void schedule();
}
