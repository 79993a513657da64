package io.tradewind.identity.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which identity provider is in use and, in Keycloak mode, where the realm is and how Tradewind signs in to it. */
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "TRADEWIND_IDENTITY", defaultValue = "builtin")
    String identity;

    @Inject
    @ConfigProperty(name = "TRADEWIND_KEYCLOAK_URL", defaultValue = "http://localhost:8180")
    String url;

    @Inject
    @ConfigProperty(name = "TRADEWIND_KEYCLOAK_REALM", defaultValue = "tradewind")
    String realm;

    @Inject
    @ConfigProperty(name = "TRADEWIND_KEYCLOAK_CLIENT_ID", defaultValue = "tradewind-backend")
    String clientId;

    @Inject
    @ConfigProperty(name = "TRADEWIND_KEYCLOAK_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "TRADEWIND_KEYCLOAK_CONSOLE_CLIENT_ID", defaultValue = "tradewind-console")
    String consoleClientId;

    public boolean enabled() {
        return "keycloak".equalsIgnoreCase(identity.strip());
    }

    /** The realm's base URL, e.g. {@code http://localhost:8180/realms/tradewind}: the tokens' issuer. */
    public String realmUrl() {
        return url() + "/realms/" + realm;
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
    public String url() {
        return url.replaceAll("/+$", "");
    }

    public String realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String consoleClientId() {
        return consoleClientId;
    }
}
