package io.tradewind.department;

import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The department tree: create, rename, move (with its subtree), delete when empty. */
@ApplicationScoped
public class DepartmentService {

    static final int MAX_DEPTH = 20;

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    io.tradewind.access.CallerDirectory callers;

    @Transactional
    public Page<DepartmentView> list(PageRequest page, String parentId, String q) {
        return Jpql.from(db.em(), Department.class, "d")
                .where("d.parentId = :parent", "parent", io.tradewind.web.Params.id("parentId", parentId))
                .search(q, "d.name")
                .page(page, " ORDER BY d.path")
                .map(DepartmentView::of);
    }

    /** The whole tree, roots first, children by sort order. */
    @Transactional
    public List<DepartmentView> tree() {
        List<Department> all = db.em().createQuery("SELECT d FROM Department d ORDER BY d.sortOrder, d.name, d.id",
                Department.class).getResultList();
        Map<Long, List<Department>> byParent = new LinkedHashMap<>();
        all.forEach(d -> byParent.computeIfAbsent(d.getParentId(), k -> new ArrayList<>()).add(d));
        return build(byParent, null);
    }

    private List<DepartmentView> build(Map<Long, List<Department>> byParent, Long parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(d -> DepartmentView.of(d).withChildren(build(byParent, d.getId())))
                .toList();
    }

    @Transactional
    public DepartmentView get(String id) {
        return DepartmentView.of(db.require(Department.class, id));
    }

    @Transactional
    public DepartmentView create(DepartmentRequest request) {
        Department parent = request.parentId() == null ? null : parent(request.parentId());
        if (parent != null && parent.depth() >= MAX_DEPTH) {
            throw Problems.invalid("parentId", "validation.department.too-deep", MAX_DEPTH);
        }
        uniqueAmongSiblings(request.name().strip(), parent == null ? null : parent.getId(), null);
        Department department = new Department(request.name().strip(), parent,
                request.sortOrder() == null ? 0 : request.sortOrder());
        department.setManagerId(manager(request.managerId()));
        db.em().persist(department);
        db.em().flush();
        DepartmentView view = DepartmentView.of(department);
        changes.created("department", department.getId(), view);
        return view;
    }

    @Transactional
    public DepartmentView update(String id, String ifMatch, JsonObject body) {
        Department department = db.require(Department.class, id);
        Etags.require(ifMatch, department.getVersion());
        DepartmentView before = DepartmentView.of(department);
        Patch.of(body, "name", "parentId", "managerId", "sortOrder")
                .text("name", 100, department::setName)
                .id("parentId", true, parentId -> move(department, parentId))
                .id("managerId", true, managerId -> department.setManagerId(manager(Ids.format(managerId))))
                .integer("sortOrder", 0, 100000, department::setSortOrder)
                .apply();
        uniqueAmongSiblings(department.getName(), department.getParentId(), department.getId());
        db.em().flush();
        DepartmentView after = DepartmentView.of(department);
        changes.updated("department", department.getId(), before, after);
        callers.forgetTenant(io.tradewind.tenancy.TenantContext.current().orElseThrow());
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Department department = db.require(Department.class, id);
        Etags.require(ifMatch, department.getVersion());
        if (count("SELECT COUNT(d) FROM Department d WHERE d.parentId = :id", department.getId()) > 0) {
            throw Problems.conflict("problem.conflict.department-has-children");
        }
        if (count("SELECT COUNT(u) FROM UserAccount u WHERE u.departmentId = :id", department.getId()) > 0) {
            throw Problems.conflict("problem.conflict.department-has-users");
        }
        if (department.getParentId() == null
                && count("SELECT COUNT(d) FROM Department d WHERE d.parentId IS NULL AND d.id <> :id", department.getId()) == 0) {
            throw Problems.conflict("problem.conflict.last-root-department");
        }
        DepartmentView before = DepartmentView.of(department);
        db.em().remove(department);
        changes.deleted("department", department.getId(), before);
    }

    private void move(Department department, Long parentId) {
        Department parent = parentId == null ? null : parent(Ids.format(parentId));
        if (parent != null && parent.getPath().startsWith(department.getPath())) {
            throw Problems.invalid("parentId", "validation.department.cycle");
        }
        String oldPath = department.getPath();
        department.placeUnder(parent);
        String newPath = department.getPath();
        if (parent != null && department.depth() > MAX_DEPTH) {
            throw Problems.invalid("parentId", "validation.department.too-deep", MAX_DEPTH);
        }
        db.em().createQuery("SELECT d FROM Department d WHERE d.path LIKE :prefix AND d.id <> :id", Department.class)
                .setParameter("prefix", Jpql.escapeLike(oldPath) + "%")
                .setParameter("id", department.getId())
                .getResultList()
                .forEach(descendant -> descendant.rebase(oldPath, newPath));
    }

    private Department parent(String id) {
        return Ids.parse(id).flatMap(parsed -> db.find(Department.class, parsed))
                .orElseThrow(() -> Problems.invalid("parentId", "validation.department.unknown"));
    }

    private Long manager(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed)).map(UserAccount::getId)
                .orElseThrow(() -> Problems.invalid("managerId", "validation.user.unknown"));
    }

    private void uniqueAmongSiblings(String name, Long parentId, Long self) {
        long same = Jpql.from(db.em(), Department.class, "d")
                .where("d.name = :name", "name", name)
                .where(parentId == null ? "d.parentId IS NULL" : "d.parentId = :parent",
                        parentId == null ? java.util.Map.of() : java.util.Map.of("parent", parentId))
                .where("d.id <> :self", "self", self)
                .count();
        if (same > 0) {
            throw Problems.conflict("problem.conflict.department-name", name).with("field", "name");
        }
    }

    private long count(String jpql, long id) {
        return db.em().createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}
