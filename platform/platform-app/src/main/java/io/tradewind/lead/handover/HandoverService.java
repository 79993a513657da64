package io.tradewind.lead.handover;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScope;
import io.tradewind.access.DataScopes;
import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.department.Department;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadService;
import io.tradewind.lead.LeadStatus;
import io.tradewind.lead.LeadView;
import io.tradewind.lead.Requests;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lead hand-over: an assistant hands leads to a sales head, who becomes their owner and owes
 * feedback on each by the end of the next working day.
 */
@ApplicationScoped
public class HandoverService {

    @Inject
    Db db;

    @Inject
    LeadService leads;

    @Inject
    BusinessCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges changes;

    @Inject
    Outbox outbox;

    @Inject
    Validator validator;

    @Inject
    Exporter exporter;

    /** Filters of the hand-over list: {@code box} is sent, received or (null) all the caller may see. */
    public record Filter(String box, Long toUserId, Long fromUserId, Boolean overdue, Boolean awaitingFeedback,
                         Instant from, Instant to) {
    }

    private static final Map<String, String> SORTS = Map.of("createdAt", "h.createdAt", "dueAt", "h.dueAt");

    @Transactional
    public Page<HandoverView> list(Caller caller, Filter filter, PageRequest page) {
        Instant now = Clock.now();
        Jpql<Handover> query = query(caller, filter, now);
        List<Handover> found = query.list(Sorting.orderBy(page.sort(), SORTS, "h.createdAt DESC", "h.id"),
                page.offset(), page.size());
        return page.of(found.stream().map(h -> view(h, now)).toList(), query.count());
    }

    /** The filtered hand-over list as CSV or XLSX, one row per hand-over (ADR 0102). */
    @Transactional
    public Response export(Caller caller, String format, Filter filter, PageRequest page) {
        Instant now = Clock.now();
        List<ExportColumn<HandoverView>> columns = ExportColumns.<HandoverView>headed("handover.field.")
                .add("id", HandoverView::id).add("createdAt", HandoverView::createdAt)
                .add("fromUserId", HandoverView::fromUserId).add("toUserId", HandoverView::toUserId)
                .add("dueAt", HandoverView::dueAt).add("leadCount", HandoverView::leadCount)
                .add("awaitingFeedback", HandoverView::awaitingFeedback).add("overdue", HandoverView::overdue)
                .add("leads", h -> h.items().stream().map(i -> i.companyName() == null ? i.leadName()
                        : i.leadName() + "（" + i.companyName() + "）").collect(Collectors.joining("、")))
                .add("feedback", h -> h.items().stream().filter(i -> i.outcome() != null)
                        .map(i -> i.leadName() + ": " + i.outcome() + " " + i.feedback()).collect(Collectors.joining("; ")))
                .add("note", HandoverView::note).list();
        return exporter.export(format, "lead-handovers", columns, query(caller, filter, now),
                Sorting.orderBy(page.sort(), SORTS, "h.createdAt DESC", "h.id"), h -> view(h, now));
    }

    private Jpql<Handover> query(Caller caller, Filter filter, Instant now) {
        Jpql<Handover> query = Jpql.from(db.em(), Handover.class, "h")
                .where("h.toUserId = :to", "to", filter.toUserId())
                .where("h.fromUserId = :fromUser", "fromUser", filter.fromUserId())
                .where("h.createdAt >= :from", "from", filter.from())
                .where("h.createdAt < :until", "until", filter.to());
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.where("h.id IN (SELECT i.handoverId FROM HandoverItem i WHERE i.feedbackAt IS NULL AND i.dueAt < :now)",
                    Map.of("now", now));
        }
        if (Boolean.TRUE.equals(filter.awaitingFeedback())) {
            query.where("h.id IN (SELECT w.handoverId FROM HandoverItem w WHERE w.feedbackAt IS NULL)", Map.of());
        }
        if ("sent".equals(filter.box())) {
            query.where("h.fromUserId = :me", Map.of("me", caller.userId()));
        } else if ("received".equals(filter.box())) {
            query.where("h.toUserId = :me", Map.of("me", caller.userId()));
        } else {
            DataScopes.restrict(query, caller, "h.toUserId");
        }
        return query;
    }

    @Transactional
    public HandoverView get(Caller caller, String id) {
        return view(visible(caller, id), Clock.now());
    }

    @Transactional
    public HandoverView create(Caller caller, HandoverRequest request) {
        long to = recipient(caller, request.toUserId());
        Set<Long> leadIds = new LinkedHashSet<>();
        for (String id : request.leadIds()) {
            try {
                leadIds.add(leads.visible(caller, id).getId());
            } catch (io.tradewind.web.ProblemException notVisible) {
                throw Problems.invalid("leadIds", "validation.lead.unknown", id);
            }
        }
        Instant now = Clock.now();
        Instant due = calendar.endOfNextWorkingDay(now);
        Instant asked = Params.instant("dueAt", request.dueAt());
        if (asked != null) {
            if (!asked.isAfter(now)) {
                throw Problems.invalid("dueAt", "validation.future");
            }
            due = asked.isBefore(due) ? asked : due;
        }
        Handover handover = new Handover(caller.userId(), to, blankToNull(request.note()), due);
        db.em().persist(handover);
        for (Long leadId : leadIds) {
            Lead lead = db.require(Lead.class, leadId);
            db.em().persist(new HandoverItem(handover.getId(), leadId, to, handover.getDueAt()));
            if (lead.getOwnerId() == null || lead.getOwnerId() != to) {
                lead.assignTo(to, null, now);
                db.em().flush();
                outbox.publish("lead", lead.getId(), "lead.assigned", LeadView.of(lead));
            }
        }
        db.em().flush();
        HandoverView view = view(handover, now);
        changes.changed("lead.handed-over", "lead-handover", handover.getId(), null, view, view);
        return view;
    }

    @Transactional
    public HandoverView feedback(Caller caller, String id, FeedbackRequest request) {
        Handover handover = visible(caller, id);
        Requests.validate(validator, request);
        if (handover.getToUserId() != caller.userId() && caller.dataScope() != DataScope.ALL) {
            throw Problems.forbidden();
        }
        Long leadId = Params.id("leadId", request.leadId());
        HandoverItem item = db.em().createQuery("SELECT i FROM HandoverItem i WHERE i.handoverId = :h AND i.leadId = :l",
                        HandoverItem.class)
                .setParameter("h", handover.getId()).setParameter("l", leadId).getResultList().stream().findFirst()
                .orElseThrow(() -> Problems.invalid("leadId", "validation.lead.not-handed-over"));
        HandoverItem.Outcome outcome = Params.enumValue("outcome", HandoverItem.Outcome.class, request.outcome());
        Instant now = Clock.now();
        Lead lead = db.require(Lead.class, leadId);
        LeadView before = LeadView.of(lead);
        switch (outcome) {
            case QUALIFIED -> lead.setStatus(LeadStatus.QUALIFIED);
            case UNQUALIFIED -> lead.setStatus(LeadStatus.UNQUALIFIED);
            case FOLLOWING_UP -> {
                if (lead.getStatus() == LeadStatus.NEW) {
                    lead.setStatus(LeadStatus.CONTACTED);
                }
            }
            case REASSIGNED -> {
                if (request.ownerId() == null || request.ownerId().isBlank()) {
                    throw Problems.invalid("ownerId", "validation.required");
                }
                lead.assignTo(leads.activeUser("ownerId", request.ownerId()), null, now);
            }
        }
        item.answer(outcome, request.feedback().strip(), caller.userId(), now);
        db.em().flush();
        LeadView after = LeadView.of(lead);
        audit.record("lead.handover-feedback", "lead", lead.getId(), before, after);
        if (!java.util.Objects.equals(before.ownerId(), after.ownerId())) {
            outbox.publish("lead", lead.getId(), "lead.assigned", after);
        }
        HandoverView view = view(handover, now);
        outbox.publish("lead-handover", handover.getId(), "lead.handover-feedback", view);
        return view;
    }

    /** Handed-over leads awaiting {@code userId}'s feedback, oldest due first (for "my day"). */
    @Transactional
    public List<HandoverView.ItemView> awaitingFeedback(long userId, int limit) {
        Instant now = Clock.now();
        List<HandoverItem> items = db.em().createQuery("SELECT i FROM HandoverItem i WHERE i.toUserId = :me "
                        + "AND i.feedbackAt IS NULL ORDER BY i.dueAt, i.id", HandoverItem.class)
                .setParameter("me", userId).setMaxResults(limit).getResultList();
        return items(items, now);
    }

    private Handover visible(Caller caller, String id) {
        Long parsed = Ids.parse(id).orElseThrow(() -> Problems.notFound(Handover.class));
        Handover handover = db.find(Handover.class, parsed).orElseThrow(() -> Problems.notFound(Handover.class));
        if (handover.getFromUserId() == caller.userId() || handover.getToUserId() == caller.userId()) {
            return handover;
        }
        long inScope = DataScopes.restrict(Jpql.from(db.em(), Handover.class, "h").where("h.id = :id", "id", parsed),
                caller, "h.toUserId").count();
        if (inScope == 0) {
            throw Problems.notFound(Handover.class);
        }
        return handover;
    }

    private long recipient(Caller caller, String toUserId) {
        if (toUserId != null && !toUserId.isBlank()) {
            return leads.activeUser("toUserId", toUserId);
        }
        Long manager = caller.departmentId() == null ? null
                : db.find(Department.class, caller.departmentId()).map(Department::getManagerId).orElse(null);
        if (manager == null) {
            throw Problems.invalid("toUserId", "validation.required");
        }
        return leads.activeUser("toUserId", Ids.format(manager));
    }

    private HandoverView view(Handover handover, Instant now) {
        List<HandoverItem> items = db.em().createQuery("SELECT i FROM HandoverItem i WHERE i.handoverId = :h ORDER BY i.id",
                HandoverItem.class).setParameter("h", handover.getId()).getResultList();
        return HandoverView.of(handover, items(items, now));
    }

    private List<HandoverView.ItemView> items(List<HandoverItem> items, Instant now) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Lead> byId = db.em().createQuery("SELECT l FROM Lead l WHERE l.id IN :ids", Lead.class)
                .setParameter("ids", items.stream().map(HandoverItem::getLeadId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Lead::getId, Function.identity()));
        List<HandoverView.ItemView> views = new ArrayList<>();
        for (HandoverItem item : items) {
            Lead lead = byId.get(item.getLeadId());
            views.add(HandoverView.ItemView.of(item, lead == null ? null : lead.getName(),
                    lead == null ? null : lead.getCompanyName(), now));
        }
        return views;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
