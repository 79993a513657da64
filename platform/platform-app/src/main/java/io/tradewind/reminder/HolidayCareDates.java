package io.tradewind.reminder;

import io.tradewind.calendar.WorkCalendar;
import io.tradewind.contact.Contact;
import io.tradewind.customer.Customer;
import io.tradewind.i18n.Messages;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holiday care (节日关怀, ADR 0136): before each public holiday of the tenant's calendar (春节, 端午,
 * 中秋 …) and each care date the tenant adds to it, the owner of every contact of an A-grade customer
 * gets a reminder at 09:00 the day before, in the app and by mail, once per contact and date.
 */
@ApplicationScoped
public class HolidayCareDates implements CareDates {

    static final String CARE_GRADE = "A";

    @Inject
    WorkCalendar workCalendar;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ReminderService reminders;

    @Inject
    Db db;

    @Override
    @Transactional
    public void schedule(LocalDate from, LocalDate to) {
        Instant now = Clock.now();
        List<WorkCalendar.CareDay> days = workCalendar.careDays(from, to);
        if (days.isEmpty()) {
            return;
        }
        Map<Long, Customer> customers = db.em().createQuery("SELECT c FROM Customer c WHERE c.grade = :grade", Customer.class)
                .setParameter("grade", CARE_GRADE).getResultList().stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        if (customers.isEmpty()) {
            return;
        }
        List<Contact> contacts = db.em().createQuery("SELECT k FROM Contact k WHERE k.ownerId IS NOT NULL AND k.customerId IN "
                        + "(SELECT c.id FROM Customer c WHERE c.grade = :grade) ORDER BY k.id", Contact.class)
                .setParameter("grade", CARE_GRADE).getResultList();
        Map<Long, Locale> locales = new HashMap<>();
        for (WorkCalendar.CareDay day : days) {
            Instant at = day.date().minusDays(1).atTime(LocalTime.of(9, 0)).atZone(calendar.zone()).toInstant();
            for (Contact contact : contacts) {
                Customer customer = customers.get(contact.getCustomerId());
                long owner = contact.getOwnerId();
                Locale locale = locales.computeIfAbsent(owner, id -> db.find(UserAccount.class, id)
                        .map(u -> Messages.fromTag(u.getLocale())).orElse(Locale.ENGLISH));
                String title = Messages.get(locale, "reminder.care.holiday", contact.getName(), day.date().toString(),
                        day.name(), customer == null ? "" : customer.getName());
                reminders.schedule(owner, Reminder.Kind.HOLIDAY, title.length() > 200 ? title.substring(0, 200) : title,
                        null, at.isBefore(now) ? now : at, "contact", contact.getId(),
                        "holiday:" + day.date() + ":" + contact.getId());
            }
        }
    }
}
