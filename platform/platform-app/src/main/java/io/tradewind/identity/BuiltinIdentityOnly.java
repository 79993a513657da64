package io.tradewind.identity;

import io.tradewind.identity.keycloak.KeycloakSettings;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Guards what only the built-in identity does (its tokens, sign-out, passwords): in Keycloak mode
 * Keycloak signs users in and owns their passwords, so these answer 409 saying so instead of
 * pretending to work on a password hash nobody can use.
 */
@ApplicationScoped
public class BuiltinIdentityOnly {

    @Inject
    KeycloakSettings keycloak;

    public void require() {
        if (keycloak.enabled()) {
            throw Problems.conflict("problem.keycloak.builtin-only.detail");
        }
    }
}
