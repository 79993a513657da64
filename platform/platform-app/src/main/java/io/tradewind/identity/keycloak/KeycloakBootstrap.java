package io.tradewind.identity.keycloak;

import io.tradewind.identity.Credentials;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.user.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In Keycloak mode, makes sure the platform tenant has its organization (alias {@code platform})
 * and the first operator a Keycloak user in it, with TRADEWIND_OPERATOR_PASSWORD when that is set
 * (otherwise the operator sets a password through Keycloak's "forgot password" or its admin console).
 * Keycloak being down does not stop Tradewind from starting; the next start tries again.
 */
@ApplicationScoped
public class KeycloakBootstrap {

    static final String PLATFORM_ALIAS = "platform";
    private static final Logger LOG = Logger.getLogger(KeycloakBootstrap.class.getName());

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakAdminApi admin;

    @Inject
    KeycloakRoleGroups roleGroups;

    @Inject
    Db db;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_EMAIL", defaultValue = "operator@tradewind.local")
    String operatorEmail;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_PASSWORD")
    Optional<String> operatorPassword;

    void bootstrap(@Observes @Priority(30) Startup startup, KeycloakBootstrap self) {
        if (!settings.enabled()) {
            return;
        }
        try {
            String organization = admin.findOrganization(PLATFORM_ALIAS)
                    .orElseGet(() -> admin.createOrganization("Tradewind platform", PLATFORM_ALIAS));
            String email = Credentials.normalizeEmail(operatorEmail);
            String user = admin.findUserByEmail(email).orElseGet(() -> {
                String created = admin.createUser(email, "Platform operator",
                        operatorPassword.filter(p -> !p.isBlank()).orElse(null));
                admin.addMember(organization, created);
                LOG.info(() -> "Created the platform operator " + email + " in Keycloak");
                return created;
            });
            // Like a tenant user's, the operator's roles are in their token (ADR 0254), also after an upgrade.
            roleGroups.set(PLATFORM_ALIAS, user, TenantContext.callAs(Tenant.PLATFORM_ID, () -> self.operatorRoles(email)));
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot prepare the platform organization in Keycloak at "
                    + settings.realmUrl());
        }
    }

    /** The operator's roles as Tradewind records them (OperatorBootstrap ran before); call as the platform tenant. */
    @Transactional
    public Set<String> operatorRoles(String email) {
        return db.em().createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst()
                .map(user -> Set.copyOf(user.getRoleCodes())).orElse(Set.of());
    }
}
