package io.tradewind.lead.inquiry;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScopes;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.ExportRows;
import io.tradewind.export.Exporter;
import io.tradewind.i18n.Messages;
import io.tradewind.lead.InquiryView;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadInquiry;
import io.tradewind.lead.LeadSource;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's inquiry log (客户咨询记录本) across leads: every inbound contact of the leads the
 * caller may see, filtered, paged and exported.
 */
@ApplicationScoped
public class InquiryLogService {

    private static final Map<String, String> SORTS = Map.of("occurredAt", "i.occurredAt", "recordedAt", "i.recordedAt");

    /** Filters of the inquiry log. */
    public record Filter(String q, Long leadId, LeadSource channel, Long recordedById, Boolean late, Instant from,
                         Instant to) {
    }

    @Inject
    Db db;

    @Inject
    Exporter exporter;

    @Transactional
    public Page<InquiryView> list(Caller caller, Filter filter, PageRequest page) {
        return query(caller, filter).page(page, Sorting.orderBy(page.sort(), SORTS, "i.occurredAt DESC", "i.id"))
                .map(InquiryView::of);
    }

    @Transactional
    public Response export(Caller caller, String format, Filter filter, PageRequest page) {
        List<ExportColumn<Row>> columns = ExportColumns.<Row>headed("inquiry.field.")
                .add("occurredAt", r -> r.inquiry().getOccurredAt())
                .add("leadName", r -> r.lead() == null ? null : r.lead().getName())
                .add("companyName", r -> r.lead() == null ? null : r.lead().getCompanyName())
                .add("phone", r -> r.lead() == null ? null : r.lead().getPhone())
                .add("channel", r -> r.inquiry().getChannel().code()).add("summary", r -> r.inquiry().getSummary())
                .add("recordedByName", r -> r.inquiry().getRecordedByName())
                .add("recordedAt", r -> r.inquiry().getRecordedAt())
                .add("late", r -> Messages.get(r.inquiry().isLate() ? "inquiry.late.yes" : "inquiry.late.no")).list();
        return exporter.export(format, "inquiries", columns, query(caller, filter),
                Sorting.orderBy(page.sort(), SORTS, "i.occurredAt DESC", "i.id"), ExportRows.chunked(this::rows));
    }

    /** An inquiry with its lead, for the export. */
    record Row(LeadInquiry inquiry, Lead lead) {
    }

    private List<Row> rows(List<LeadInquiry> inquiries) {
        if (inquiries.isEmpty()) {
            return List.of();
        }
        Map<Long, Lead> leads = new HashMap<>(db.em().createQuery("SELECT l FROM Lead l WHERE l.id IN :ids", Lead.class)
                .setParameter("ids", inquiries.stream().map(LeadInquiry::getLeadId).distinct().toList()).getResultList()
                .stream().collect(Collectors.toMap(Lead::getId, Function.identity())));
        return inquiries.stream().map(i -> new Row(i, leads.get(i.getLeadId()))).toList();
    }

    private Jpql<LeadInquiry> query(Caller caller, Filter filter) {
        Jpql<LeadInquiry> query = Jpql.from(db.em(), LeadInquiry.class, "i")
                .search(filter.q(), "i.summary", "i.recordedByName")
                .where("i.leadId = :lead", "lead", filter.leadId())
                .where("i.channel = :channel", "channel", filter.channel())
                .where("i.recordedById = :recorder", "recorder", filter.recordedById())
                .where("i.late = :late", "late", filter.late())
                .where("i.occurredAt >= :from", "from", filter.from())
                .where("i.occurredAt < :until", "until", filter.to());
        // The lead's own scope rule (owner, else whoever created it), aliased sp.
        return DataScopes.restrictThrough(query, caller, "i.leadId", "Lead",
                io.tradewind.lead.LeadService.OWNER.replace("l.", "sp."));
    }
}
