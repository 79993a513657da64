package io.tradewind.lead;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScopes;
import io.tradewind.audit.RecordChanges;
import io.tradewind.customer.CustomerService;
import io.tradewind.customfield.CustomFieldFilters;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.lead.assignment.LeadAssignment;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Leads: create (with assignment), read within the caller's data scope, update, delete, the inquiry log. */
@ApplicationScoped
public class LeadService {

    static final Map<String, String> SORTS = Map.of("name", "l.name", "companyName", "l.companyName",
            "status", "l.status", "source", "l.source", "createdAt", "l.createdAt", "updatedAt", "l.updatedAt",
            "assignedAt", "l.assignedAt");

    /** Whose a lead is for data scopes: its owner, or while it has none, whoever created it. */
    public static final String OWNER = "COALESCE(l.ownerId, l.createdById)";

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    Outbox outbox;

    @Inject
    LeadAssignment assignment;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Validator validator;

    /** Filters of the lead list. */
    public record Filter(String q, LeadStatus status, LeadSource source, Long ownerId, Instant createdFrom,
                         Instant createdTo, String regionCode, String productLine, Long importId, Boolean unassigned,
                         String tag) {
    }

    @Inject
    CustomFields customFields;

    @Inject
    CustomFieldFilters customFieldFilters;

    @Inject
    Exporter exporter;

    @Transactional
    public Page<LeadView> list(Caller caller, Filter filter, PageRequest page) {
        Page<Lead> found = query(caller, filter).page(page, Sorting.orderBy(page.sort(), SORTS, "l.createdAt DESC", "l.id"));
        Map<Long, Map<String, Object>> custom = customFields.values(RecordType.LEAD,
                found.items().stream().map(Lead::getId).toList());
        return found.map(l -> LeadView.of(l, custom.getOrDefault(l.getId(), Map.of())));
    }

    /** The lead with its custom field values. */
    public LeadView view(Lead lead) {
        return LeadView.of(lead, customFields.values(RecordType.LEAD, lead.getId()));
    }

    /** The filtered leads the caller may see, for lists and exports. */
    public Jpql<Lead> query(Caller caller, Filter filter) {
        Jpql<Lead> query = Jpql.from(db.em(), Lead.class, "l")
                .search(filter.q(), "l.name", "l.companyName", "l.phone", "l.email", "l.notes")
                .where("l.status = :status", "status", filter.status())
                .where("l.source = :source", "source", filter.source())
                .where("l.ownerId = :owner", "owner", filter.ownerId())
                .where("l.createdAt >= :from", "from", filter.createdFrom())
                .where("l.createdAt < :to", "to", filter.createdTo())
                .where("l.regionCode LIKE :region", "region",
                        filter.regionCode() == null ? null : Jpql.escapeLike(filter.regionCode()) + "%")
                .where("l.productLine = :productLine", "productLine", filter.productLine())
                .where("l.importId = :importId", "importId", filter.importId())
                .where("l.tags LIKE :tag", "tag", StringSetConverter.filter(filter.tag()));
        if (Boolean.TRUE.equals(filter.unassigned())) {
            query.where("l.ownerId IS NULL", Map.of());
        }
        customFieldFilters.apply(query, RecordType.LEAD, "l.id");
        return DataScopes.restrict(query, caller, OWNER);
    }

    /** The lead, if the caller's data scope lets them see it; else a 404. */
    @Transactional
    public Lead visible(Caller caller, String id) {
        Long parsed = Ids.parse(id).orElseThrow(() -> Problems.notFound(Lead.class));
        List<Lead> found = DataScopes.restrict(Jpql.from(db.em(), Lead.class, "l").where("l.id = :id", "id", parsed),
                caller, OWNER).list("", 0, 1);
        if (found.isEmpty()) {
            throw Problems.notFound(Lead.class);
        }
        return found.get(0);
    }

    @Transactional
    public LeadView get(Caller caller, String id) {
        return view(visible(caller, id));
    }

    @Transactional
    public LeadView create(Caller caller, LeadRequest request) {
        Lead lead = new Lead(request.name().strip(), source(request.source()));
        lead.setCompanyName(blankToNull(request.companyName()));
        lead.setPhone(blankToNull(request.phone()));
        lead.setEmail(blankToNull(request.email()));
        lead.setSourceDetail(blankToNull(request.sourceDetail()));
        lead.setRegionCode(blankToNull(request.regionCode()));
        lead.setProductLine(blankToNull(request.productLine()));
        lead.setNotes(blankToNull(request.notes()));
        lead.setTags(CustomerService.tags(request.tags()));
        lead.setCreatedById(caller.userId());
        if (request.ownerId() != null && !request.ownerId().isBlank()) {
            lead.assignTo(activeUser("ownerId", request.ownerId()), null, Clock.now());
        }
        return register(lead, request.customFields());
    }

    /**
     * Stores a new lead from any channel (API, web form, import): assignment rules when it has no
     * owner yet, then audit and the lead.created (and lead.assigned) events.
     */
    @Transactional
    public LeadView register(Lead lead) {
        return register(lead, null);
    }

    /** Stores a new lead with its custom field values (validated; see CustomFields). */
    @Transactional
    public LeadView register(Lead lead, JsonObject customFieldValues) {
        if (lead.getOwnerId() == null) {
            assignment.assign(List.of(lead));
        }
        db.em().persist(lead);
        db.em().flush();
        customFields.write(RecordType.LEAD, lead.getId(), customFieldValues, null);
        LeadView view = view(lead);
        changes.created("lead", lead.getId(), view);
        if (lead.getOwnerId() != null) {
            outbox.publish("lead", lead.getId(), "lead.assigned", view);
        }
        return view;
    }

    @Transactional
    public LeadView update(Caller caller, String id, String ifMatch, JsonObject body) {
        Lead lead = visible(caller, id);
        Etags.require(ifMatch, lead.getVersion());
        LeadView before = view(lead);
        Patch patch = Patch.of(body, "name", "companyName", "phone", "email", "source", "sourceDetail", "status",
                        "ownerId", "regionCode", "productLine", "notes", "tags", "customFields")
                .text("name", 100, lead::setName)
                .optionalText("companyName", 200, lead::setCompanyName)
                .optionalText("phone", 40, lead::setPhone)
                .optionalText("email", 254, lead::setEmail)
                .enumValue("source", LeadSource.class, lead::setSource)
                .optionalText("sourceDetail", 100, lead::setSourceDetail)
                .enumValue("status", LeadStatus.class, status -> changeStatus(lead, status))
                .id("ownerId", true, owner -> reassign(lead, owner))
                .optionalText("regionCode", 20, lead::setRegionCode)
                .optionalText("productLine", 100, lead::setProductLine)
                .optionalText("notes", 2000, lead::setNotes)
                .strings("tags", tags -> lead.setTags(CustomerService.tags(List.copyOf(tags))));
        if (lead.getPhone() != null && !lead.getPhone().matches(LeadRequest.PHONE)) {
            patch.reject("phone", "validation.pattern");
        }
        if (lead.getEmail() != null && !lead.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            patch.reject("email", "validation.email");
        }
        patch.apply();
        customFields.write(RecordType.LEAD, lead.getId(), body.get("customFields"), lead);
        db.em().flush();
        LeadView after = view(lead);
        changes.updated("lead", lead.getId(), before, after);
        if (!java.util.Objects.equals(before.ownerId(), after.ownerId()) && lead.getOwnerId() != null) {
            outbox.publish("lead", lead.getId(), "lead.assigned", after);
        }
        return after;
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        Lead lead = visible(caller, id);
        Etags.require(ifMatch, lead.getVersion());
        LeadView before = view(lead);
        customFields.deleteValues(lead.getId());
        db.em().createQuery("DELETE FROM LeadInquiry i WHERE i.leadId = :lead").setParameter("lead", lead.getId())
                .executeUpdate();
        db.em().remove(lead);
        changes.deleted("lead", lead.getId(), before);
    }

    @Transactional
    public Response export(Caller caller, String format, Filter filter, PageRequest page) {
        List<ExportColumn<Lead>> columns = ExportColumns.<Lead>headed("lead.field.")
                .add("id", l -> Ids.format(l.getId())).add("name", Lead::getName)
                .add("companyName", Lead::getCompanyName).add("phone", Lead::getPhone)
                .add("email", Lead::getEmail).add("source", l -> l.getSource().code())
                .add("status", l -> l.getStatus().code()).add("ownerId", l -> Ids.format(l.getOwnerId()))
                .add("regionCode", Lead::getRegionCode).add("productLine", Lead::getProductLine)
                .add("notes", Lead::getNotes).add("tags", Lead::getTags).add("createdAt", Lead::getCreatedAt).list();
        return exporter.export(format, "leads", columns, query(caller, filter),
                Sorting.orderBy(page.sort(), SORTS, "l.createdAt DESC", "l.id"),
                customFields.export(RecordType.LEAD, Lead::getId));
    }

    // --- the inquiry log ----------------------------------------------------------------------

    @Transactional
    public InquiryView logInquiry(Caller caller, String leadId, InquiryRequest request) {
        Lead lead = visible(caller, leadId);
        Requests.validate(validator, request);
        Instant now = Clock.now();
        Instant occurredAt = request.occurredAt() == null ? now : Params.instant("occurredAt", request.occurredAt());
        if (occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw Problems.invalid("occurredAt", "validation.past");
        }
        boolean late = !calendar.dayOf(occurredAt).equals(calendar.dayOf(now));
        LeadInquiry inquiry = new LeadInquiry(lead.getId(), source("channel", request.channel()), request.summary().strip(),
                occurredAt, now, caller.userId(), caller.name(), late);
        db.em().persist(inquiry);
        if (lead.getStatus() == LeadStatus.NEW && lead.getOwnerId() != null && lead.getOwnerId() == caller.userId()) {
            lead.setStatus(LeadStatus.CONTACTED);
        }
        InquiryView view = InquiryView.of(inquiry);
        changes.changed("lead.inquiry-logged", "lead", lead.getId(), null, view, view);
        return view;
    }

    @Transactional
    public Page<InquiryView> inquiries(Caller caller, String leadId, PageRequest page) {
        Lead lead = visible(caller, leadId);
        return Jpql.from(db.em(), LeadInquiry.class, "i").where("i.leadId = :lead", "lead", lead.getId())
                .page(page, Sorting.orderBy(page.sort(), Map.of("occurredAt", "i.occurredAt", "recordedAt", "i.recordedAt"),
                        "i.occurredAt DESC", "i.id"))
                .map(InquiryView::of);
    }

    // --- helpers ------------------------------------------------------------------------------

    private void changeStatus(Lead lead, LeadStatus status) {
        if (status == LeadStatus.CONVERTED || lead.getStatus() == LeadStatus.CONVERTED) {
            throw Problems.invalid("status", "validation.lead.status-converted");
        }
        lead.setStatus(status);
    }

    private void reassign(Lead lead, Long owner) {
        lead.assignTo(owner == null ? null : activeUser("ownerId", Ids.format(owner)), null, Clock.now());
    }

    /** The id of an active user of the tenant, or a 400 naming {@code field}. */
    public Long activeUser(String field, String id) {
        return Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed))
                .filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
                .map(UserAccount::getId)
                .orElseThrow(() -> Problems.invalid(field, "validation.user.unknown"));
    }

    public static LeadSource source(String code) {
        return source("source", code);
    }

    static LeadSource source(String field, String code) {
        return Params.enumValue(field, LeadSource.class, code);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
