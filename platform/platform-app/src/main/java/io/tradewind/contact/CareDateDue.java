package io.tradewind.contact;

import java.time.LocalDate;

/** A care date (birthday or other) of a contact falling on {@code date}, for reminders. */
public record CareDateDue(String contactId, String contactName, String customerId, String ownerId, LocalDate date,
                          String kind, String label) {
}
