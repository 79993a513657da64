package io.tradewind.platform;

import io.tradewind.access.BuiltinRole;
import io.tradewind.identity.Credentials;
import io.tradewind.identity.PasswordHasher;
import io.tradewind.identity.Secrets;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantProvisioning;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first platform operator at first start, from TRADEWIND_OPERATOR_EMAIL and
 * TRADEWIND_OPERATOR_PASSWORD. Without a configured password one is generated, logged once and
 * written to {@code <data dir>/initial-operator-password} (change it after signing in).
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @Inject
    Db db;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_EMAIL", defaultValue = "operator@tradewind.local")
    String email;

    @Inject
    @ConfigProperty(name = "TRADEWIND_OPERATOR_PASSWORD")
    Optional<String> password;

    @Inject
    DataDirectory dataDirectory;

    void bootstrap(@Observes @Priority(20) Startup startup, OperatorBootstrap self) {
        TenantContext.runAs(Tenant.PLATFORM_ID, self::createFirstOperator);
    }

    @Transactional
    public void createFirstOperator() {
        boolean hasUsers = !db.em().createQuery("SELECT u.id FROM UserAccount u", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (hasUsers) {
            return;
        }
        String normalized = Credentials.normalizeEmail(email);
        String secret = password.filter(p -> !p.isBlank()).orElseGet(() -> generated());
        Tenant platform = db.em().find(Tenant.class, Tenant.PLATFORM_ID);
        provisioning.provision(platform, EnumSet.of(BuiltinRole.PLATFORM_OPERATOR, BuiltinRole.TENANT_ADMIN), normalized,
                "Platform operator", hasher.hash(secret), "en",
                Set.of(BuiltinRole.PLATFORM_OPERATOR.code(), BuiltinRole.TENANT_ADMIN.code()));
        LOG.info(() -> "Created the first platform operator " + normalized);
    }

    private String generated() {
        String secret = Secrets.password();
        LOG.warning(() -> "TRADEWIND_OPERATOR_PASSWORD is not set; the first platform operator " + email
                + " gets the generated password " + secret + " (change it after signing in)");
        Path file = dataDirectory.resolve("initial-operator-password");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the initial operator password file " + file, e);
        }
        return secret;
    }
}
