package io.tradewind.reminder;

import io.tradewind.contact.CareDateDue;
import io.tradewind.contact.ContactService;
import io.tradewind.i18n.Messages;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Ids;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * Customer care (客户关怀) from the contacts: each birthday or care date (a holiday, an
 * anniversary) coming up in the next days becomes a reminder for the contact's owner at 09:00 the
 * working day before, once per contact, date and year.
 */
@ApplicationScoped
public class ContactCareDates implements CareDates {

    @Inject
    ContactService contacts;

    @Inject
    ReminderService reminders;

    @Inject
    BusinessCalendar calendar;

    @Inject
    io.tradewind.persistence.Db db;

    @Override
    @Transactional
    public void schedule(LocalDate from, LocalDate to) {
        Instant now = Clock.now();
        for (CareDateDue due : contacts.careDatesBetween(from, to)) {
            if (due.ownerId() == null) {
                continue;
            }
            long owner = Ids.parse(due.ownerId()).orElseThrow();
            Locale locale = db.find(UserAccount.class, owner).map(u -> Messages.fromTag(u.getLocale())).orElse(Locale.ENGLISH);
            boolean birthday = "birthday".equals(due.kind());
            String title = Messages.get(locale, birthday ? "reminder.care.birthday" : "reminder.care.date",
                    due.contactName(), due.date().toString(), due.label());
            Instant at = due.date().minusDays(1).atTime(LocalTime.of(9, 0)).atZone(calendar.zone()).toInstant();
            reminders.schedule(owner, birthday ? Reminder.Kind.BIRTHDAY : Reminder.Kind.HOLIDAY,
                    title.length() > 200 ? title.substring(0, 200) : title, null, at.isBefore(now) ? now : at,
                    "contact", Ids.parse(due.contactId()).orElseThrow(),
                    "care:" + due.kind() + ":" + due.contactId() + ":" + due.date() + ":" + Math.abs(due.label().hashCode()));
        }
    }
}
