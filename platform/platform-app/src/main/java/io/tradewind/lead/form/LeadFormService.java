package io.tradewind.lead.form;

import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadService;
import io.tradewind.lead.LeadSource;
import io.tradewind.lead.LeadView;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
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
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenant's web-to-lead forms, and the leads their submissions create. */
@ApplicationScoped
public class LeadFormService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Db db;

    @Inject
    LeadService leads;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    @Transactional
    public Page<LeadFormView> list(PageRequest page, String q) {
        return query(q).page(page, order(page)).map(LeadFormView::of);
    }

    @Transactional
    public Response export(String format, PageRequest page, String q) {
        List<ExportColumn<LeadFormView>> columns = ExportColumns.<LeadFormView>headed("lead-form.field.")
                .add("id", LeadFormView::id).add("name", LeadFormView::name).add("source", LeadFormView::source)
                .add("enabled", LeadFormView::enabled).add("ratePerMinute", LeadFormView::ratePerMinute)
                .add("minFillSeconds", LeadFormView::minFillSeconds).add("ownerId", LeadFormView::ownerId)
                .add("submissions", LeadFormView::submissions).add("submitPath", LeadFormView::submitPath)
                .add("createdAt", LeadFormView::createdAt).list();
        return exporter.export(format, "lead-forms", columns, query(q), order(page), LeadFormView::of);
    }

    private Jpql<LeadForm> query(String q) {
        return Jpql.from(db.em(), LeadForm.class, "f").search(q, "f.name");
    }

    private static String order(PageRequest page) {
        return Sorting.orderBy(page.sort(), Map.of("name", "f.name", "createdAt", "f.createdAt"), "f.name", "f.id");
    }

    @Transactional
    public LeadFormView get(String id) {
        return LeadFormView.of(db.require(LeadForm.class, id));
    }

    @Transactional
    public LeadFormView create(LeadFormRequest request) {
        LeadForm form = new LeadForm(request.name().strip(), random(18), random(32));
        if (request.source() != null) {
            form.setSource(Params.enumValue("source", LeadSource.class, request.source()));
        }
        form.setRatePerMinute(request.ratePerMinute() == null ? 30 : request.ratePerMinute());
        form.setMinFillSeconds(request.minFillSeconds() == null ? 3 : request.minFillSeconds());
        form.setEnabled(request.enabled() == null || request.enabled());
        if (request.ownerId() != null && !request.ownerId().isBlank()) {
            form.setOwnerId(leads.activeUser("ownerId", request.ownerId()));
        }
        db.em().persist(form);
        db.em().persist(new LeadFormKey(form.getFormKey(), io.tradewind.tenancy.TenantContext.current().orElseThrow(),
                form.getId()));
        db.em().flush();
        LeadFormView view = LeadFormView.of(form);
        changes.created("lead-form", form.getId(), view);
        return view;
    }

    @Transactional
    public LeadFormView update(String id, String ifMatch, JsonObject body) {
        LeadForm form = db.require(LeadForm.class, id);
        Etags.require(ifMatch, form.getVersion());
        LeadFormView before = LeadFormView.of(form);
        Patch.of(body, "name", "source", "ratePerMinute", "minFillSeconds", "ownerId", "enabled")
                .text("name", 100, form::setName)
                .enumValue("source", LeadSource.class, form::setSource)
                .integer("ratePerMinute", 1, 10000, form::setRatePerMinute)
                .integer("minFillSeconds", 0, 600, form::setMinFillSeconds)
                .id("ownerId", true, owner -> form.setOwnerId(owner == null ? null : leads.activeUser("ownerId", Ids.format(owner))))
                .bool("enabled", form::setEnabled)
                .apply();
        db.em().flush();
        LeadFormView after = LeadFormView.of(form);
        changes.updated("lead-form", form.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        LeadForm form = db.require(LeadForm.class, id);
        Etags.require(ifMatch, form.getVersion());
        LeadFormView before = LeadFormView.of(form);
        LeadFormKey key = db.em().find(LeadFormKey.class, form.getFormKey());
        if (key != null) {
            db.em().remove(key);
        }
        db.em().remove(form);
        changes.deleted("lead-form", form.getId(), before);
    }

    // --- the public side (called without a signed-in tenant) ------------------------------------

    /** The tenant and form a public key names, read outside any tenant. */
    @Transactional
    public Optional<LeadFormKey> byKey(String key) {
        return key == null || key.length() > 40 ? Optional.empty() : Optional.ofNullable(db.em().find(LeadFormKey.class, key));
    }

    /** Runs in the form's tenant: the enabled form, or a 404. */
    @Transactional
    public LeadForm enabledForm(long formId) {
        return db.find(LeadForm.class, formId).filter(LeadForm::isEnabled)
                .orElseThrow(() -> Problems.notFound("problem.not-found.lead-form"));
    }

    /** Runs in the form's tenant: creates the lead of an accepted submission. */
    @Transactional
    public LeadView submit(long formId, FormSubmission submission) {
        LeadForm form = enabledForm(formId);
        Lead lead = new Lead(submission.name().strip(), form.getSource());
        lead.setCompanyName(blankToNull(submission.companyName()));
        lead.setPhone(blankToNull(submission.phone()));
        lead.setEmail(blankToNull(submission.email()));
        lead.setNotes(blankToNull(submission.message()));
        lead.setRegionCode(blankToNull(submission.regionCode()));
        lead.setProductLine(blankToNull(submission.productLine()));
        lead.setSourceDetail(form.getName().length() > 100 ? form.getName().substring(0, 100) : form.getName());
        lead.setFormId(form.getId());
        if (form.getOwnerId() != null) {
            lead.assignTo(form.getOwnerId(), null, io.tradewind.persistence.Clock.now());
        }
        form.submitted();
        return leads.register(lead);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
