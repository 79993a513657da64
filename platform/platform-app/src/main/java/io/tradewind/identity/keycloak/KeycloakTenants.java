package io.tradewind.identity.keycloak;

import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mirrors a tenant's suspension in Keycloak: a suspended tenant's organization is disabled so its
 * members get no new tokens; tokens already issued are refused by Tradewind itself (CallerFilter).
 */
@ApplicationScoped
public class KeycloakTenants {

    private static final Logger LOG = Logger.getLogger(KeycloakTenants.class.getName());

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakAdminApi admin;

    public void statusChanged(String tenantCode, boolean active) {
        if (!settings.enabled()) {
            return;
        }
        try {
            admin.setOrganizationEnabled(admin.organizationId(tenantCode), active);
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot " + (active ? "enable" : "disable") + " organization " + tenantCode);
            throw Problems.of(ProblemType.UNAVAILABLE, "problem.keycloak.unavailable.detail");
        }
    }
}
