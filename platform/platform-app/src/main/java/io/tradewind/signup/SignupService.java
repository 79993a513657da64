package io.tradewind.signup;

import io.tradewind.access.BuiltinRole;
import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.identity.Credentials;
import io.tradewind.identity.LoginDirectory;
import io.tradewind.identity.PasswordHasher;
import io.tradewind.identity.keycloak.KeycloakSettings;
import io.tradewind.identity.keycloak.KeycloakSignup;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.tenancy.Plan;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantProvisioning;
import io.tradewind.tenancy.TenantView;
import io.tradewind.user.UserAccount;
import io.tradewind.web.FieldError;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates a tenant on the trial plan with its first administrator, all in one transaction; in
 * Keycloak mode also its organization and admin user there, removed again if the transaction fails.
 */
@ApplicationScoped
public class SignupService {

    static final Set<String> RESERVED_CODES = Set.of("platform", "admin", "api", "www", "app", "console", "operator",
            "tradewind", "support", "help", "status", "mail", "static");
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Db db;

    @Inject
    LoginDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    RecordChanges changes;

    @Inject
    KeycloakSettings keycloak;

    @Inject
    KeycloakSignup keycloakSignup;

    @Inject
    io.tradewind.demo.DemoDataService demo;

    @Transactional
    public SignupResponse signup(SignupRequest request) {
        String email = Credentials.normalizeEmail(request.email());
        validate(request, email);
        if (directory.contains(email)) {
            throw Problems.of(ProblemType.EMAIL_TAKEN, "problem.email-taken.detail").with("field", "email");
        }
        Plan trial = db.em().find(Plan.class, Plan.TRIAL);
        Tenant tenant = new Tenant(Ids.next(), code(request), request.companyName().strip(), trial, email);
        db.em().persist(tenant);
        TenantContext.enter(tenant.getId());
        String locale = request.locale() == null ? "zh-CN" : request.locale();
        UserAccount admin = provisioning.provision(tenant, BuiltinRole.forTenants(), email, request.adminName().strip(),
                hasher.hash(keycloak.enabled() ? io.tradewind.identity.Secrets.password() : request.password()), locale, Set.of(BuiltinRole.TENANT_ADMIN.code()));
        TenantView view = TenantView.of(tenant);
        AuditLog.Actor actor = new AuditLog.Actor(admin.getId(), admin.getName());
        changes.changed(actor, "tenant.created", "tenant", tenant.getId(), null, view, Map.of("tenantId", view.id(),
                "code", view.code(), "name", view.name(), "plan", view.plan()));
        try {
            db.em().flush();
        } catch (PersistenceException e) {
            // Lost a race with a signup for the same e-mail or code.
            throw Problems.of(ProblemType.EMAIL_TAKEN, "problem.email-taken.detail").with("field", "email");
        }
        if (Boolean.TRUE.equals(request.demoData())) {
            demo.load(new io.tradewind.access.Caller(tenant.getId(), tenant.getCode(), tenant.getName(), admin.getId(),
                    admin.getEmail(), admin.getName(), Set.of(BuiltinRole.TENANT_ADMIN.code()),
                    BuiltinRole.TENANT_ADMIN.permissionCodes(), BuiltinRole.TENANT_ADMIN.dataScope(), null, null,
                    io.tradewind.i18n.Messages.fromTag(locale)));
        }
        if (keycloak.enabled()) {
            // Last, so that the database has refused what it would refuse before Keycloak is touched.
            keycloakSignup.provision(tenant.getCode(), tenant.getName(), email, admin.getName(), request.password());
        }
        return new SignupResponse(TenantView.of(tenant),
                new SignupResponse.Admin(Ids.format(admin.getId()), admin.getEmail(), admin.getName()));
    }

    private void validate(SignupRequest request, String email) {
        List<FieldError> errors = new ArrayList<>();
        Credentials.checkEmail("email", email).ifPresent(errors::add);
        Credentials.checkPassword("password", request.password(), email).ifPresent(errors::add);
        if (request.code() != null && RESERVED_CODES.contains(request.code())) {
            errors.add(new FieldError("code", io.tradewind.i18n.Messages.get("validation.code.reserved")));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private String code(SignupRequest request) {
        if (request.code() != null) {
            if (codeTaken(request.code())) {
                throw Problems.conflict("problem.conflict.tenant-code", request.code()).with("field", "code");
            }
            return request.code();
        }
        String base = slug(request.companyName());
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = base.length() >= 3 && attempt == 0 ? base
                    : (base.length() >= 3 ? base + "-" : "t") + random(base.length() >= 3 ? 4 : 7);
            if (!RESERVED_CODES.contains(candidate) && !codeTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find a free tenant code");
    }

    private boolean codeTaken(String code) {
        return !db.em().createQuery("SELECT t.id FROM Tenant t WHERE t.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    /** The ASCII letters and digits of a name, e.g. "Acme Medical Co." → "acme-medical-co". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replaceAll("[^\\p{ASCII}]", " ");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return text.toString();
    }
}
