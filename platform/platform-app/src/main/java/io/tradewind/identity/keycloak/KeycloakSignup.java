package io.tradewind.identity.keycloak;

import io.tradewind.access.BuiltinRole;
import io.tradewind.web.ProblemException;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Keycloak half of a signup: the admin user, the company's organization (alias = tenant code),
 * the membership and the admin's role group. It runs inside the signup's database transaction; whatever it created is
 * deleted again when that transaction does not commit, whether Keycloak or the database failed
 * (ADR 0252).
 */
@ApplicationScoped
public class KeycloakSignup {

    private static final Logger LOG = Logger.getLogger(KeycloakSignup.class.getName());

    @Inject
    KeycloakAdminApi admin;

    @Inject
    KeycloakRoleGroups roleGroups;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What one signup created in Keycloak so far. */
    private static final class Created {
        volatile String userId;
        volatile String organizationId;
        volatile String tenantCode;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void provision(String tenantCode, String companyName, String email, String adminName, String password) {
        Created created = new Created();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    compensate(created);
                }
            }
        });
        try {
            created.userId = admin.createUser(email, adminName, password);
            created.organizationId = createOrganization(companyName, tenantCode);
            admin.addMember(created.organizationId, created.userId);
            created.tenantCode = tenantCode;
            roleGroups.set(tenantCode, created.userId, Set.of(BuiltinRole.TENANT_ADMIN.code()));
        } catch (KeycloakException e) {
            throw problem(e, tenantCode);
        }
    }

    /** Organization names are unique in a realm, company names are not: a second "Acme" gets its code added. */
    private String createOrganization(String companyName, String tenantCode) {
        try {
            return admin.createOrganization(companyName, tenantCode);
        } catch (KeycloakException e) {
            if (!e.conflict()) {
                throw e;
            }
            return admin.createOrganization(companyName + " (" + tenantCode + ")", tenantCode);
        }
    }

    private void compensate(Created created) {
        try {
            if (created.organizationId != null) {
                admin.deleteOrganization(created.organizationId);
            }
            if (created.userId != null) {
                admin.deleteUser(created.userId);
            }
            if (created.tenantCode != null) {
                roleGroups.forget(created.tenantCode);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "A failed signup left organization " + created.organizationId + " and user "
                    + created.userId + " in Keycloak; delete them there");
        }
    }

    static ProblemException problem(KeycloakException e, String tenantCode) {
        LOG.log(Level.WARNING, "Signup refused by Keycloak", e);
        if (e.status() == 0 || e.status() >= 500) {
            return Problems.of(ProblemType.UNAVAILABLE, "problem.keycloak.unavailable.detail");
        }
        if (e.conflict() && e.getMessage().contains("create user")) {
            return Problems.of(ProblemType.EMAIL_TAKEN, "problem.email-taken.detail").with("field", "email");
        }
        if (e.conflict()) {
            return Problems.of(ProblemType.CONFLICT, "problem.keycloak.organization-taken.detail", tenantCode)
                    .with("field", "code");
        }
        return Problems.of(ProblemType.UNAVAILABLE, "problem.keycloak.unavailable.detail");
    }
}
