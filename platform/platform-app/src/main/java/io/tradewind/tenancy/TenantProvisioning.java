package io.tradewind.tenancy;

import io.tradewind.access.BuiltinRole;
import io.tradewind.access.Role;
import io.tradewind.department.Department;
import io.tradewind.identity.LoginDirectory;
import io.tradewind.persistence.Db;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Fills a new tenant with what it needs to be used at once: the built-in roles, a root department
 * named after the company, and its first administrator. Runs in the caller's transaction with the
 * new tenant current.
 */
@ApplicationScoped
public class TenantProvisioning {

    @Inject
    Db db;

    @Inject
    LoginDirectory directory;

    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount provision(Tenant tenant, Set<BuiltinRole> roles, String adminEmail, String adminName,
                                 String passwordHash, String locale, Set<String> adminRoles) {
        roles.forEach(role -> db.em().persist(Role.builtin(role)));
        Department root = new Department(tenant.getName(), null, 0);
        db.em().persist(root);
        UserAccount admin = new UserAccount(adminEmail, adminName, adminRoles, root.getId(), UserAccount.Status.ACTIVE);
        admin.setPassword(passwordHash);
        admin.setLocale(locale);
        db.em().persist(admin);
        root.setManagerId(admin.getId());
        directory.add(adminEmail, tenant.getId(), admin.getId());
        return admin;
    }
}
