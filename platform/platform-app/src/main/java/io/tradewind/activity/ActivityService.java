package io.tradewind.activity;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScopes;
import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadService;
import io.tradewind.lead.LeadStatus;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.reminder.Reminder;
import io.tradewind.reminder.ReminderService;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.ProblemException;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Follow-ups: record, list within the caller's data scope, change; next steps become reminders. */
@ApplicationScoped
public class ActivityService {

    static final Map<String, String> SORTS = Map.of("occurredAt", "a.occurredAt", "nextStepDueAt", "a.nextStepDueAt",
            "type", "a.type", "createdAt", "a.createdAt");

    @Inject
    Db db;

    @Inject
    LeadService leads;

    @Inject
    ActivityLinks links;

    @Inject
    ReminderService reminders;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    /** Filters of the follow-up list. */
    public record Filter(String q, ActivityType type, Long ownerId, Long leadId, Long customerId, Long contactId,
                         Long opportunityId, Instant from, Instant to, Instant nextStepDueBefore, Boolean openNextSteps) {
    }

    @Transactional
    public Page<ActivityView> list(Caller caller, Filter filter, PageRequest page) {
        return query(caller, filter).page(page, Sorting.orderBy(page.sort(), SORTS, "a.occurredAt DESC", "a.id"))
                .map(ActivityView::of);
    }

    public Jpql<Activity> query(Caller caller, Filter filter) {
        Jpql<Activity> query = Jpql.from(db.em(), Activity.class, "a")
                .search(filter.q(), "a.subject", "a.notes", "a.nextStep", "a.materials")
                .where("a.type = :type", "type", filter.type())
                .where("a.ownerId = :owner", "owner", filter.ownerId())
                .where("a.leadId = :lead", "lead", filter.leadId())
                .where("a.customerId = :customer", "customer", filter.customerId())
                .where("a.contactId = :contact", "contact", filter.contactId())
                .where("a.opportunityId = :opportunity", "opportunity", filter.opportunityId())
                .where("a.occurredAt >= :from", "from", filter.from())
                .where("a.occurredAt < :to", "to", filter.to())
                .where("a.nextStepDueAt < :dueBefore", "dueBefore", filter.nextStepDueBefore());
        if (Boolean.TRUE.equals(filter.openNextSteps())) {
            query.where("a.nextStepDueAt IS NOT NULL AND a.nextStepDone = FALSE", Map.of());
        }
        return DataScopes.restrict(query, caller, "a.ownerId");
    }

    @Transactional
    public Activity visible(Caller caller, String id) {
        Long parsed = Ids.parse(id).orElseThrow(() -> Problems.notFound(Activity.class));
        List<Activity> found = DataScopes.restrict(Jpql.from(db.em(), Activity.class, "a").where("a.id = :id", "id", parsed),
                caller, "a.ownerId").list("", 0, 1);
        if (found.isEmpty()) {
            throw Problems.notFound(Activity.class);
        }
        return found.get(0);
    }

    @Transactional
    public ActivityView get(Caller caller, String id) {
        return ActivityView.of(visible(caller, id));
    }

    @Transactional
    public ActivityView create(Caller caller, ActivityRequest request) {
        Instant occurredAt = request.occurredAt() == null ? Clock.now() : Params.instant("occurredAt", request.occurredAt());
        long owner = request.ownerId() == null || request.ownerId().isBlank() ? caller.userId()
                : leads.activeUser("ownerId", request.ownerId());
        Activity activity = new Activity(Params.enumValue("type", ActivityType.class, request.type()),
                request.subject().strip(), occurredAt, owner);
        activity.setNotes(blankToNull(request.notes()));
        activity.setDurationMinutes(request.durationMinutes());
        activity.setLeadId(lead(caller, request.leadId()));
        activity.setCustomerId(links.customer(caller, Params.id("customerId", request.customerId())));
        activity.setContactId(links.contact(caller, Params.id("contactId", request.contactId())));
        activity.setOpportunityId(links.opportunity(caller, Params.id("opportunityId", request.opportunityId())));
        activity.setMaterials(blankToNull(request.materials()));
        activity.setNextStep(blankToNull(request.nextStep()));
        activity.setNextStepDueAt(Params.instant("nextStepDueAt", request.nextStepDueAt()));
        if (!activity.hasLink()) {
            throw Problems.invalid("leadId", "validation.activity.link-required");
        }
        if (activity.getCustomerId() == null) {
            activity.setCustomerId(links.customerOf(activity.getContactId(), activity.getOpportunityId()));
        }
        db.em().persist(activity);
        links.followedUp(activity.getCustomerId(), activity.getOccurredAt());
        db.em().flush();
        afterChange(activity);
        ActivityView view = ActivityView.of(activity);
        changes.changed("activity.logged", "activity", activity.getId(), null, view, view);
        return view;
    }

    @Transactional
    public ActivityView update(Caller caller, String id, String ifMatch, JsonObject body) {
        Activity activity = visible(caller, id);
        Etags.require(ifMatch, activity.getVersion());
        ActivityView before = ActivityView.of(activity);
        Patch.of(body, "type", "subject", "notes", "occurredAt", "durationMinutes", "materials", "nextStep",
                        "nextStepDueAt", "nextStepDone", "ownerId")
                .enumValue("type", ActivityType.class, activity::setType)
                .text("subject", 200, activity::setSubject)
                .optionalText("notes", 4000, activity::setNotes)
                .text("occurredAt", 40, at -> activity.setOccurredAt(Params.instant("occurredAt", at)))
                .integer("durationMinutes", 0, 10000, activity::setDurationMinutes)
                .optionalText("materials", 2000, activity::setMaterials)
                .optionalText("nextStep", 500, activity::setNextStep)
                .optionalText("nextStepDueAt", 40, at -> activity.setNextStepDueAt(Params.instant("nextStepDueAt", at)))
                .bool("nextStepDone", activity::setNextStepDone)
                .id("ownerId", false, owner -> activity.setOwnerId(leads.activeUser("ownerId", Ids.format(owner))))
                .apply();
        db.em().flush();
        afterChange(activity);
        ActivityView after = ActivityView.of(activity);
        changes.updated("activity", activity.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        Activity activity = visible(caller, id);
        Etags.require(ifMatch, activity.getVersion());
        ActivityView before = ActivityView.of(activity);
        reminders.settle("activity", activity.getId());
        db.em().remove(activity);
        changes.deleted("activity", activity.getId(), before);
    }

    @Transactional
    public Response export(Caller caller, String format, Filter filter, PageRequest page) {
        List<ExportColumn<Activity>> columns = ExportColumns.<Activity>headed("activity.field.")
                .add("id", a -> Ids.format(a.getId())).add("type", a -> a.getType().name().toLowerCase())
                .add("subject", Activity::getSubject).add("occurredAt", Activity::getOccurredAt)
                .add("ownerId", a -> Ids.format(a.getOwnerId())).add("leadId", a -> Ids.format(a.getLeadId()))
                .add("customerId", a -> Ids.format(a.getCustomerId())).add("contactId", a -> Ids.format(a.getContactId()))
                .add("opportunityId", a -> Ids.format(a.getOpportunityId())).add("materials", Activity::getMaterials)
                .add("nextStep", Activity::getNextStep).add("nextStepDueAt", Activity::getNextStepDueAt)
                .add("notes", Activity::getNotes).list();
        return exporter.export(format, "activities", columns, query(caller, filter),
                Sorting.orderBy(page.sort(), SORTS, "a.occurredAt DESC", "a.id"), Function.identity());
    }

    /** Follow-ups whose next step is due before {@code until} and not done, of one user (for "my day"). */
    @Transactional
    public List<ActivityView> nextStepsDue(long userId, Instant until, int limit) {
        return db.em().createQuery("SELECT a FROM Activity a WHERE a.ownerId = :me AND a.nextStepDone = FALSE "
                        + "AND a.nextStepDueAt IS NOT NULL AND a.nextStepDueAt < :until ORDER BY a.nextStepDueAt, a.id",
                        Activity.class)
                .setParameter("me", userId).setParameter("until", until).setMaxResults(limit).getResultList().stream()
                .map(ActivityView::of).toList();
    }

    /** Keeps the next-step reminder in step with the follow-up, and marks a new lead contacted. */
    private void afterChange(Activity activity) {
        if (activity.getNextStep() != null && activity.getNextStepDueAt() != null && !activity.isNextStepDone()) {
            reminders.schedule(activity.getOwnerId(), Reminder.Kind.NEXT_STEP, truncate(activity.getNextStep(), 200),
                    activity.getSubject(), activity.getNextStepDueAt(), "activity", activity.getId(),
                    "activity:" + activity.getId());
        } else {
            reminders.settle("activity", activity.getId());
        }
        if (activity.getLeadId() != null) {
            db.find(Lead.class, activity.getLeadId()).filter(lead -> lead.getStatus() == LeadStatus.NEW)
                    .ifPresent(lead -> lead.setStatus(LeadStatus.CONTACTED));
        }
    }

    private Long lead(Caller caller, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return leads.visible(caller, id).getId();
        } catch (ProblemException notVisible) {
            throw Problems.invalid("leadId", "validation.lead.unknown", id);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
