package io.tradewind.lead.importing;

import io.tradewind.access.Caller;
import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Import jobs: their records, progress and error rows (the work itself is {@link ImportWorker}'s). */
@ApplicationScoped
public class LeadImportService {

    @Inject
    Db db;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    @Transactional
    public JobView create(LeadImport job) {
        db.em().persist(job);
        db.em().flush();
        JobView view = JobView.of(job);
        audit.record("lead.import-started", "lead-import", job.getId(), null, view);
        return view;
    }

    /** A job the caller may see: their own, or any with the import permission and an all-records scope. */
    @Transactional
    public JobView get(Caller caller, String id) {
        return JobView.of(visible(caller, id));
    }

    @Transactional
    public Page<JobView> list(Caller caller, PageRequest page) {
        return query(caller).page(page, order(page)).map(JobView::of);
    }

    @Transactional
    public Response export(Caller caller, String format, PageRequest page) {
        List<ExportColumn<JobView>> columns = ExportColumns.<JobView>headed("lead-import.field.")
                .add("id", JobView::id).add("status", JobView::status).add("fileName", JobView::fileName)
                .add("format", JobView::format).add("duplicates", JobView::duplicates).add("processed", JobView::processed)
                .add("created", JobView::created).add("merged", JobView::merged).add("skipped", JobView::skipped)
                .add("failed", JobView::failed).add("startedAt", JobView::startedAt).add("finishedAt", JobView::finishedAt)
                .add("createdAt", JobView::createdAt).list();
        return exporter.export(format, "lead-imports", columns, query(caller), order(page), JobView::of);
    }

    /** The caller's own imports, or all with an all-records data scope. */
    private Jpql<LeadImport> query(Caller caller) {
        Jpql<LeadImport> query = Jpql.from(db.em(), LeadImport.class, "j");
        if (caller.dataScope() != io.tradewind.access.DataScope.ALL) {
            query.where("j.createdById = :me", Map.of("me", caller.userId()));
        }
        return query;
    }

    private static String order(PageRequest page) {
        return Sorting.orderBy(page.sort(), Map.of("createdAt", "j.createdAt"), "j.createdAt DESC", "j.id");
    }

    LeadImport visible(Caller caller, String id) {
        LeadImport job = db.require(LeadImport.class, id);
        if (caller.dataScope() != io.tradewind.access.DataScope.ALL && !Long.valueOf(caller.userId()).equals(job.getCreatedById())) {
            throw Problems.notFound(LeadImport.class);
        }
        return job;
    }

    @Transactional
    public long requireVisible(Caller caller, String id) {
        return visible(caller, id).getId();
    }

    /** One page of the error report, after row {@code afterRow} / error {@code afterId}. */
    @Transactional
    public List<ImportError> errors(long importId, long afterRow, long afterId, int limit) {
        return db.em().createQuery("SELECT e FROM ImportError e WHERE e.importId = :job AND (e.rowNo > :row "
                        + "OR (e.rowNo = :row AND e.id > :id)) ORDER BY e.rowNo, e.id", ImportError.class)
                .setParameter("job", importId).setParameter("row", afterRow).setParameter("id", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long importId) {
        db.require(LeadImport.class, importId).start();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(long importId, String error, io.tradewind.audit.AuditLog.Actor actor) {
        LeadImport job = db.require(LeadImport.class, importId);
        job.finish(error);
        db.em().flush();
        JobView view = JobView.of(job);
        String action = error == null ? "lead.import-completed" : "lead.import-failed";
        changes.changed(actor, action, "lead-import", job.getId(), null, view, view);
    }

    static String format(long id) {
        return Ids.format(id);
    }
}
