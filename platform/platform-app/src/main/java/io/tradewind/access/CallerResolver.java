package io.tradewind.access;

import io.tradewind.department.Department;
import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.user.UserAccount;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a token's user from the database into a {@link Caller}: status, roles, permissions, data scope
 * and department. {@link CallerDirectory} keeps the answer, so only a cache miss opens a transaction.
 */
@ApplicationScoped
public class CallerResolver {

    @Inject
    Db db;

    @Transactional
    public Caller resolve(TenantSummary tenant, long userId) {
        UserAccount user = db.find(UserAccount.class, userId)
                .filter(found -> found.getStatus() == UserAccount.Status.ACTIVE)
                .orElseThrow(() -> Problems.of(ProblemType.ACCOUNT_DISABLED, "problem.account-disabled.detail"));
        List<Role> roles = rolesOf(user.getRoleCodes());
        Set<String> permissions = new HashSet<>();
        DataScope scope = DataScope.OWN;
        for (Role role : roles) {
            permissions.addAll(role.getPermissions());
            scope = scope.widest(role.getDataScope());
        }
        String departmentPath = user.getDepartmentId() == null ? null
                : db.find(Department.class, user.getDepartmentId()).map(Department::getPath).orElse(null);
        return new Caller(tenant.id(), tenant.code(), tenant.name(), user.getId(), user.getEmail(), user.getName(),
                Set.copyOf(user.getRoleCodes()), Set.copyOf(permissions), scope, user.getDepartmentId(),
                departmentPath, Messages.fromTag(user.getLocale()));
    }

    private List<Role> rolesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return db.em().createQuery("SELECT r FROM Role r WHERE r.code IN :codes", Role.class)
                .setParameter("codes", codes)
                .getResultList();
    }
}
