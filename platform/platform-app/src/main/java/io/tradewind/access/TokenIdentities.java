package io.tradewind.access;

import io.tradewind.identity.TokenClaims;
import io.tradewind.identity.keycloak.KeycloakIdentities;
import io.tradewind.identity.keycloak.KeycloakSettings;
import io.tradewind.persistence.Ids;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the tenant and user out of a verified token. */
@ApplicationScoped
public class TokenIdentities {

    @Inject
    KeycloakSettings keycloak;

    @Inject
    KeycloakIdentities keycloakIdentities;

    public TokenIdentity resolve(JsonWebToken token) {
        if (keycloak.enabled()) {
            return keycloakIdentities.resolve(token);
        }
        Optional<Long> tenant = text(token.getClaim(TokenClaims.TENANT_ID)).flatMap(Ids::parse);
        Optional<Long> user = Optional.ofNullable(token.getSubject()).flatMap(Ids::parse);
        if (tenant.isEmpty() || user.isEmpty()) {
            throw Problems.of(ProblemType.INVALID_TOKEN, "problem.invalid-token.detail");
        }
        return new TokenIdentity(tenant.get(), user.get());
    }

    /** A string claim, whichever way the runtime represents it. */
    static Optional<String> text(Object claim) {
        if (claim instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(claim).map(String::valueOf);
    }
}
