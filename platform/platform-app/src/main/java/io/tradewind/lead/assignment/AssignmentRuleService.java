package io.tradewind.lead.assignment;

import io.tradewind.audit.RecordChanges;
import io.tradewind.department.Department;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
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
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tenant's lead assignment rules. */
@ApplicationScoped
public class AssignmentRuleService {

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    @Transactional
    public Page<AssignmentRuleView> list(PageRequest page, AssignmentKind kind, String q) {
        return query(kind, q).page(page, order(page)).map(AssignmentRuleView::of);
    }

    @Transactional
    public Response export(String format, PageRequest page, AssignmentKind kind, String q) {
        List<ExportColumn<AssignmentRuleView>> columns = ExportColumns.<AssignmentRuleView>headed("lead-rule.field.")
                .add("id", AssignmentRuleView::id).add("name", AssignmentRuleView::name)
                .add("kind", AssignmentRuleView::kind).add("priority", AssignmentRuleView::priority)
                .add("enabled", AssignmentRuleView::enabled).add("matchValue", AssignmentRuleView::matchValue)
                .add("departmentId", AssignmentRuleView::departmentId).add("userIds", AssignmentRuleView::userIds)
                .add("createdAt", AssignmentRuleView::createdAt).list();
        return exporter.export(format, "lead-assignment-rules", columns, query(kind, q), order(page), AssignmentRuleView::of);
    }

    private Jpql<AssignmentRule> query(AssignmentKind kind, String q) {
        return Jpql.from(db.em(), AssignmentRule.class, "r")
                .where("r.kind = :kind", "kind", kind)
                .search(q, "r.name", "r.matchValue");
    }

    private static String order(PageRequest page) {
        return Sorting.orderBy(page.sort(), Map.of("priority", "r.priority", "name", "r.name",
                "createdAt", "r.createdAt"), "r.priority", "r.id");
    }

    @Transactional
    public AssignmentRuleView get(String id) {
        return AssignmentRuleView.of(db.require(AssignmentRule.class, id));
    }

    @Transactional
    public AssignmentRuleView create(AssignmentRuleRequest request) {
        AssignmentRule rule = new AssignmentRule(request.name().strip(),
                Params.enumValue("kind", AssignmentKind.class, request.kind()));
        rule.setPriority(request.priority() == null ? 100 : request.priority());
        rule.setEnabled(request.enabled() == null || request.enabled());
        rule.setMatchValue(request.matchValue() == null || request.matchValue().isBlank() ? null : request.matchValue().strip());
        rule.setDepartmentId(department(Params.id("departmentId", request.departmentId())));
        rule.setUserIds(users(request.userIds() == null ? Set.of() : request.userIds()));
        check(rule);
        db.em().persist(rule);
        db.em().flush();
        AssignmentRuleView view = AssignmentRuleView.of(rule);
        changes.created("lead-assignment-rule", rule.getId(), view);
        return view;
    }

    @Transactional
    public AssignmentRuleView update(String id, String ifMatch, JsonObject body) {
        AssignmentRule rule = db.require(AssignmentRule.class, id);
        Etags.require(ifMatch, rule.getVersion());
        AssignmentRuleView before = AssignmentRuleView.of(rule);
        Patch.of(body, "name", "kind", "priority", "enabled", "matchValue", "departmentId", "userIds")
                .text("name", 100, rule::setName)
                .enumValue("kind", AssignmentKind.class, rule::setKind)
                .integer("priority", 0, 100000, rule::setPriority)
                .bool("enabled", rule::setEnabled)
                .optionalText("matchValue", 100, rule::setMatchValue)
                .id("departmentId", true, department -> rule.setDepartmentId(department(department)))
                .strings("userIds", ids -> rule.setUserIds(users(ids)))
                .apply();
        check(rule);
        db.em().flush();
        AssignmentRuleView after = AssignmentRuleView.of(rule);
        changes.updated("lead-assignment-rule", rule.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        AssignmentRule rule = db.require(AssignmentRule.class, id);
        Etags.require(ifMatch, rule.getVersion());
        AssignmentRuleView before = AssignmentRuleView.of(rule);
        db.em().remove(rule);
        changes.deleted("lead-assignment-rule", rule.getId(), before);
    }

    private static void check(AssignmentRule rule) {
        if (rule.getKind().needsMatchValue() && rule.getMatchValue() == null) {
            throw Problems.invalid("matchValue", "validation.required");
        }
    }

    private Long department(Long id) {
        if (id == null) {
            return null;
        }
        return db.find(Department.class, id).map(Department::getId)
                .orElseThrow(() -> Problems.invalid("departmentId", "validation.department.unknown"));
    }

    private Set<String> users(Collection<String> ids) {
        Set<String> stored = new LinkedHashSet<>();
        for (String id : ids) {
            Long user = Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed)).map(UserAccount::getId)
                    .orElseThrow(() -> Problems.invalid("userIds", "validation.user.unknown"));
            stored.add(Long.toString(user));
        }
        return stored;
    }
}
