package io.tradewind.access;

import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Tenant-defined roles. Built-in roles are read-only; a role in use cannot be deleted. */
@ApplicationScoped
public class RoleService {

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    CallerDirectory callers;

    @Transactional
    public Page<RoleView> list(PageRequest page, String q) {
        return Jpql.from(db.em(), Role.class, "r").search(q, "r.code", "r.name")
                .page(page, " ORDER BY r.builtin DESC, r.code")
                .map(RoleView::of);
    }

    @Transactional
    public RoleView get(String id) {
        return RoleView.of(db.require(Role.class, id));
    }

    @Transactional
    public RoleView create(Caller caller, RoleRequest request) {
        if (BuiltinRole.byCode(request.code()).isPresent() || exists(request.code())) {
            throw Problems.conflict("problem.conflict.role-code", request.code()).with("field", "code");
        }
        Role role = new Role(request.code(), request.name().strip(), grantable(caller, request.permissions()),
                DataScope.valueOf(request.dataScope().toUpperCase(Locale.ROOT)));
        role.setDescription(request.description());
        db.em().persist(role);
        db.em().flush();
        RoleView view = RoleView.of(role);
        changes.created("role", role.getId(), view);
        return view;
    }

    @Transactional
    public RoleView update(Caller caller, String id, String ifMatch, JsonObject body) {
        Role role = db.require(Role.class, id);
        Etags.require(ifMatch, role.getVersion());
        if (role.isBuiltin()) {
            throw Problems.conflict("problem.conflict.builtin-role");
        }
        RoleView before = RoleView.of(role);
        Patch.of(body, "name", "description", "permissions", "dataScope")
                .text("name", 100, role::setName)
                .optionalText("description", 500, role::setDescription)
                .strings("permissions", permissions -> role.setPermissions(grantable(caller, permissions)))
                .enumValue("dataScope", DataScope.class, role::setDataScope)
                .apply();
        db.em().flush();
        RoleView after = RoleView.of(role);
        changes.updated("role", role.getId(), before, after);
        callers.forgetTenant(TenantContext.current().orElseThrow());
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Role role = db.require(Role.class, id);
        Etags.require(ifMatch, role.getVersion());
        if (role.isBuiltin()) {
            throw Problems.conflict("problem.conflict.builtin-role");
        }
        long holders = db.em().createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.roleCodesColumn LIKE :code", Long.class)
                .setParameter("code", StringSetConverter.containing(role.getCode()))
                .getSingleResult();
        if (holders > 0) {
            throw Problems.conflict("problem.conflict.role-in-use", holders);
        }
        RoleView before = RoleView.of(role);
        db.em().remove(role);
        changes.deleted("role", role.getId(), before);
    }

    /** Known tenant permissions the caller holds themselves: nobody grants more than they have. */
    private static Set<String> grantable(Caller caller, Collection<String> codes) {
        Set<String> granted = new LinkedHashSet<>();
        for (String code : codes) {
            Permission permission = Permission.byCode(code).filter(p -> !p.isPlatform())
                    .orElseThrow(() -> Problems.invalid("permissions", "validation.permission.unknown", code));
            if (!caller.can(permission)) {
                throw Problems.invalid("permissions", "validation.permission.escalation", code);
            }
            granted.add(code);
        }
        return granted;
    }

    private boolean exists(String code) {
        return !db.em().createQuery("SELECT r.id FROM Role r WHERE r.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
    }
}
