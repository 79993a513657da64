package io.tradewind.identity.keycloak;

import io.tradewind.access.TokenIdentity;
import io.tradewind.cache.ExpiringCache;
import io.tradewind.identity.Credentials;
import io.tradewind.identity.LoginDirectory;
import io.tradewind.identity.LoginDirectoryEntry;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the tenant and user out of a Keycloak access token (ADR 0251): the tenant is the one
 * organization in the {@code organization} claim (its alias is the tenant code), the user is the
 * tenant's account with the token's verified e-mail. Roles, permissions and data scope then come
 * from Tradewind's own records, exactly as for built-in tokens.
 */
@ApplicationScoped
public class KeycloakIdentities {

    public static final String ORGANIZATION_CLAIM = "organization";

    private record Key(String alias, String email) {
    }

    @PersistenceContext(unitName = "tradewind")
    EntityManager em;

    @Inject
    LoginDirectory directory;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CALLER_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private ExpiringCache<Key, TokenIdentity> entries;

    @PostConstruct
    void start() {
        entries = new ExpiringCache<>(Duration.ofSeconds(ttlSeconds));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenIdentity resolve(JsonWebToken token) {
        List<String> organizations = organizations(token.getClaim(ORGANIZATION_CLAIM));
        if (organizations.size() != 1) {
            // None: the client did not ask for the organization scope, or the user is in several
            // organizations and did not name one with organization:<code>.
            throw Problems.of(ProblemType.INVALID_TOKEN, "problem.keycloak.organization-claim.detail");
        }
        Object email = token.getClaim("email");
        if (email == null || !Boolean.parseBoolean(String.valueOf(text(token.getClaim("email_verified"))))) {
            throw Problems.of(ProblemType.INVALID_TOKEN, "problem.keycloak.email-claim.detail");
        }
        Key key = new Key(organizations.get(0), Credentials.normalizeEmail(text(email)));
        return entries.get(key, k -> lookup(k)
                .orElseThrow(() -> Problems.of(ProblemType.INVALID_TOKEN, "problem.invalid-token.detail")));
    }

    private Optional<TokenIdentity> lookup(Key key) {
        List<Long> tenants = em.createQuery("SELECT t.id FROM Tenant t WHERE t.code = :code", Long.class)
                .setParameter("code", key.alias()).getResultList();
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        long tenantId = tenants.get(0);
        return directory.find(key.email()).stream().filter(e -> e.getTenantId() == tenantId)
                .map(LoginDirectoryEntry::getUserId).findFirst().map(user -> new TokenIdentity(tenantId, user));
    }

    public void forget() {
        entries.clear();
    }

    /** The organization aliases of the claim: a list of aliases, or an object keyed by alias (with ids). */
    static List<String> organizations(Object claim) {
        List<String> aliases = new ArrayList<>();
        if (claim instanceof JsonObject object) {
            aliases.addAll(object.keySet());
        } else if (claim instanceof JsonArray array) {
            array.forEach(value -> aliases.add(text(value)));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> aliases.add(text(value)));
        } else if (claim != null) {
            aliases.add(text(claim));
        }
        return aliases;
    }

    private static String text(Object value) {
        if (value instanceof JsonString json) {
            return json.getString();
        }
        if (value == JsonValue.TRUE) {
            return "true";
        }
        return String.valueOf(value);
    }

}
