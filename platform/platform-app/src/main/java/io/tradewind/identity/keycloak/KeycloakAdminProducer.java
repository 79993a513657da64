package io.tradewind.identity.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The one {@link KeycloakAdminApi} of the application, created at its first use (so never in built-in
 * mode): keycloak-admin-client in its own class loader (ADR 0255), signed in as Tradewind's confidential client.
 */
@ApplicationScoped
public class KeycloakAdminProducer {

    @Inject
    KeycloakSettings settings;

    @Produces
    @ApplicationScoped
    KeycloakAdminApi client() {
        return AdminClientLoader.load(settings.url(), settings.realm(), settings.clientId(), settings.clientSecret());
    }

    void close(@Disposes KeycloakAdminApi client) {
        client.close();
    }
}
