package io.tradewind.reminder;

import io.tradewind.access.Caller;
import io.tradewind.audit.AuditLog;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.i18n.Messages;
import io.tradewind.mail.Mail;
import io.tradewind.mail.Mailer;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reminders: scheduled by follow-ups and care dates, delivered when due (in the app and by mail). */
@ApplicationScoped
public class ReminderService {

    @Inject
    Db db;

    @Inject
    Mailer mailer;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Exporter exporter;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** Filters of a user's reminders. */
    public record Filter(Reminder.Status status, Reminder.Kind kind, Instant dueBefore) {
    }

    @Transactional
    public Page<ReminderView> list(Caller caller, Filter filter, PageRequest page) {
        return query(caller, filter).page(page, order(page)).map(ReminderView::of);
    }

    @Transactional
    public Response export(Caller caller, String format, Filter filter, PageRequest page) {
        List<ExportColumn<ReminderView>> columns = ExportColumns.<ReminderView>headed("reminder.field.")
                .add("id", ReminderView::id).add("kind", ReminderView::kind).add("title", ReminderView::title)
                .add("detail", ReminderView::detail).add("dueAt", ReminderView::dueAt).add("status", ReminderView::status)
                .add("deliveredAt", ReminderView::deliveredAt).add("subjectType", ReminderView::subjectType)
                .add("subjectId", ReminderView::subjectId).add("createdAt", ReminderView::createdAt).list();
        return exporter.export(format, "reminders", columns, query(caller, filter), order(page), ReminderView::of);
    }

    private Jpql<Reminder> query(Caller caller, Filter filter) {
        return Jpql.from(db.em(), Reminder.class, "r")
                .where("r.userId = :me", "me", caller.userId())
                .where("r.status = :status", "status", filter.status())
                .where("r.kind = :kind", "kind", filter.kind())
                .where("r.dueAt < :before", "before", filter.dueBefore());
    }

    private static String order(PageRequest page) {
        return Sorting.orderBy(page.sort(), Map.of("dueAt", "r.dueAt", "createdAt", "r.createdAt"), "r.dueAt", "r.id");
    }

    @Transactional
    public ReminderView get(Caller caller, String id) {
        return ReminderView.of(own(caller, id));
    }

    @Transactional
    public ReminderView create(Caller caller, ReminderRequest request) {
        Instant due = Params.instant("dueAt", request.dueAt());
        Reminder reminder = new Reminder(caller.userId(), Reminder.Kind.CUSTOM, request.title().strip(), due);
        reminder.setDetail(request.detail() == null || request.detail().isBlank() ? null : request.detail().strip());
        db.em().persist(reminder);
        db.em().flush();
        ReminderView view = ReminderView.of(reminder);
        audit.record("reminder.created", "reminder", reminder.getId(), null, view);
        return view;
    }

    @Transactional
    public ReminderView done(Caller caller, String id) {
        Reminder reminder = own(caller, id);
        reminder.done();
        db.em().flush();
        return ReminderView.of(reminder);
    }

    /**
     * Creates or moves the reminder with {@code dedupeKey} (one per follow-up next step, one per
     * contact birthday and year), so scheduling the same thing twice keeps one reminder.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reminder schedule(long userId, Reminder.Kind kind, String title, String detail, Instant dueAt,
                             String subjectType, Long subjectId, String dedupeKey) {
        Optional<Reminder> existing = db.em().createQuery("SELECT r FROM Reminder r WHERE r.dedupeKey = :key", Reminder.class)
                .setParameter("key", dedupeKey).getResultList().stream().findFirst();
        Reminder reminder = existing.orElseGet(() -> {
            Reminder created = new Reminder(userId, kind, title, dueAt);
            created.about(subjectType, subjectId, dedupeKey);
            db.em().persist(created);
            return created;
        });
        reminder.reschedule(userId, title, dueAt);
        reminder.setDetail(detail);
        return reminder;
    }

    /** Marks the reminders about a subject done (a next step completed or removed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(String subjectType, long subjectId) {
        db.em().createQuery("SELECT r FROM Reminder r WHERE r.subjectType = :type AND r.subjectId = :id "
                        + "AND r.status <> :done", Reminder.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).setParameter("done", Reminder.Status.DONE)
                .getResultList().forEach(Reminder::done);
    }

    /** Delivers up to {@code limit} due reminders of the current tenant; answers how many. */
    @Transactional
    public int deliverDue(int limit) {
        Instant now = Clock.now();
        List<Reminder> due = db.em().createQuery("SELECT r FROM Reminder r WHERE r.status = :pending AND r.dueAt <= :now "
                        + "ORDER BY r.dueAt, r.id", Reminder.class)
                .setParameter("pending", Reminder.Status.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        for (Reminder reminder : due) {
            reminder.delivered(now);
            db.find(UserAccount.class, reminder.getUserId())
                    .filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
                    .ifPresent(user -> mailer.sendAfterCommit(mail(user, reminder)));
            outbox.publish("reminder", reminder.getId(), "reminder.delivered", ReminderView.of(reminder));
        }
        return due.size();
    }

    private Mail mail(UserAccount user, Reminder reminder) {
        Locale locale = Messages.fromTag(user.getLocale());
        String subject = Messages.get(locale, "reminder.mail.subject", reminder.getTitle());
        String text = Messages.get(locale, "reminder.mail.text", user.getName(), reminder.getTitle(),
                reminder.getDetail() == null ? "" : reminder.getDetail(), publicUrl);
        return new Mail(user.getEmail(), subject, text);
    }

    private Reminder own(Caller caller, String id) {
        Reminder reminder = db.require(Reminder.class, id);
        if (reminder.getUserId() != caller.userId()) {
            throw Problems.notFound(Reminder.class);
        }
        return reminder;
    }

    static String format(long id) {
        return Ids.format(id);
    }
}
