package io.tradewind.identity.keycloak;

import io.tradewind.identity.Credentials;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
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
    KeycloakAdmin admin;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_EMAIL", defaultValue = "operator@tradewind.local")
    String operatorEmail;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_PASSWORD")
    Optional<String> operatorPassword;

    void bootstrap(@Observes @Priority(30) Startup startup) {
        if (!settings.enabled()) {
            return;
        }
        try {
            String organization = admin.findOrganization(PLATFORM_ALIAS).map(o -> o.getString("id"))
                    .orElseGet(() -> admin.createOrganization("Tradewind platform", PLATFORM_ALIAS));
            String email = Credentials.normalizeEmail(operatorEmail);
            if (admin.findUserByEmail(email).isEmpty()) {
                String user = admin.createUser(email, "Platform operator",
                        operatorPassword.filter(p -> !p.isBlank()).orElse(null));
                admin.addMember(organization, user);
                LOG.info(() -> "Created the platform operator " + email + " in Keycloak");
            }
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot prepare the platform organization in Keycloak at "
                    + settings.realmUrl());
        }
    }
}
