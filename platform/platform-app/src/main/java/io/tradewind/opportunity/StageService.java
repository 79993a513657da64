package io.tradewind.opportunity;

import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ChunkSource;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.ExportFormat;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Db;
import io.tradewind.web.Etags;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tenant's pipeline stages. A tenant starts with the default pipeline (初步接触 → 需求分析 →
 * 方案演示 → 商务谈判 → 成交 / 输单), created the first time its stages are needed (ADR 0103).
 */
@ApplicationScoped
public class StageService {

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    /** The stages in pipeline order. */
    @Transactional
    public List<OpportunityStage> stages() {
        List<OpportunityStage> stages = db.em().createQuery(
                "SELECT s FROM OpportunityStage s ORDER BY s.sortOrder, s.id", OpportunityStage.class).getResultList();
        return stages.isEmpty() ? createDefaults() : stages;
    }

    @Transactional
    public List<StageView> list() {
        return stages().stream().map(StageView::of).toList();
    }

    @Transactional
    public Response export(String format) {
        ExportFormat type = ExportFormat.parse(format);
        List<ExportColumn<StageView>> columns = ExportColumns.<StageView>headed("accounts.stage.field.")
                .add("id", StageView::id).add("sortOrder", StageView::sortOrder).add("name", StageView::name)
                .add("kind", StageView::kind).add("probability", StageView::probability)
                .add("entryChecklist", StageView::entryChecklist).add("exitChecklist", StageView::exitChecklist).list();
        return exporter.export(type, "opportunity-stages", columns, ChunkSource.of(list()));
    }

    @Transactional
    public StageView get(String id) {
        stages();
        return StageView.of(db.require(OpportunityStage.class, id));
    }

    @Transactional
    public OpportunityStage require(long id) {
        return db.require(OpportunityStage.class, id);
    }

    /** The first open stage, where new opportunities start. */
    @Transactional
    public OpportunityStage first() {
        return stages().stream().filter(s -> s.getKind() == OpportunityStage.Kind.OPEN).findFirst()
                .orElseThrow(() -> Problems.conflict("accounts.problem.no-open-stage"));
    }

    @Transactional
    public StageView create(StageRequest request) {
        int order = request.sortOrder() != null ? request.sortOrder()
                : stages().stream().mapToInt(OpportunityStage::getSortOrder).max().orElse(0) + 10;
        OpportunityStage.Kind kind = request.kind() == null ? OpportunityStage.Kind.OPEN
                : OpportunityStage.Kind.valueOf(request.kind().toUpperCase(Locale.ROOT));
        OpportunityStage stage = new OpportunityStage(request.name().strip(), kind,
                request.probability() != null ? request.probability() : kind == OpportunityStage.Kind.WON ? 100 : 0, order);
        stage.setEntryChecklist(clean(request.entryChecklist()));
        stage.setExitChecklist(clean(request.exitChecklist()));
        stages();
        db.em().persist(stage);
        db.em().flush();
        StageView view = StageView.of(stage);
        changes.created("opportunity_stage", stage.getId(), view);
        return view;
    }

    @Transactional
    public StageView update(String id, String ifMatch, JsonObject body) {
        OpportunityStage stage = db.require(OpportunityStage.class, id);
        Etags.require(ifMatch, stage.getVersion());
        StageView before = StageView.of(stage);
        Patch.of(body, "name", "probability", "sortOrder", "entryChecklist", "exitChecklist")
                .text("name", 60, stage::setName)
                .integer("probability", 0, 100, stage::setProbability)
                .integer("sortOrder", 0, 1000, stage::setSortOrder)
                .strings("entryChecklist", items -> stage.setEntryChecklist(clean(List.copyOf(items))))
                .strings("exitChecklist", items -> stage.setExitChecklist(clean(List.copyOf(items))))
                .apply();
        db.em().flush();
        StageView after = StageView.of(stage);
        changes.updated("opportunity_stage", stage.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        OpportunityStage stage = db.require(OpportunityStage.class, id);
        Etags.require(ifMatch, stage.getVersion());
        long used = db.em().createQuery("SELECT COUNT(o) FROM Opportunity o WHERE o.stageId = :id", Long.class)
                .setParameter("id", stage.getId()).getSingleResult();
        if (used > 0) {
            throw Problems.conflict("accounts.problem.stage-in-use");
        }
        if (stage.getKind() == OpportunityStage.Kind.OPEN && stages().stream()
                .filter(s -> s.getKind() == OpportunityStage.Kind.OPEN).count() == 1) {
            throw Problems.conflict("accounts.problem.no-open-stage");
        }
        StageView before = StageView.of(stage);
        db.em().remove(stage);
        changes.deleted("opportunity_stage", stage.getId(), before);
    }

    private List<OpportunityStage> createDefaults() {
        List<OpportunityStage> stages = new ArrayList<>();
        stages.add(stage("初步接触", OpportunityStage.Kind.OPEN, 10, 10, List.of()));
        stages.add(stage("需求分析", OpportunityStage.Kind.OPEN, 25, 20, List.of()));
        stages.add(stage("方案演示", OpportunityStage.Kind.OPEN, 50, 30, List.of("已确认客户需求")));
        stages.add(stage("商务谈判", OpportunityStage.Kind.OPEN, 75, 40, List.of("已提交报价")));
        stages.add(stage("成交", OpportunityStage.Kind.WON, 100, 50, List.of("合同已签订")));
        stages.add(stage("输单", OpportunityStage.Kind.LOST, 0, 60, List.of()));
        stages.forEach(db.em()::persist);
        db.em().flush();
        return stages;
    }

    /** The defaults are tenant data in the tenants' language (DOMAIN.md), not UI text; tenants rename them. */
    private static OpportunityStage stage(String name, OpportunityStage.Kind kind, int probability, int order,
                                          List<String> entry) {
        OpportunityStage stage = new OpportunityStage(name, kind, probability, order);
        stage.setEntryChecklist(entry);
        return stage;
    }

    private static List<String> clean(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> clean = items.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (clean.size() > 20 || clean.stream().anyMatch(s -> s.length() > 100 || s.contains("\n") || s.contains(","))) {
            throw Problems.invalid("checklist", "accounts.validation.checklist");
        }
        return clean;
    }
}
