package io.tradewind.marketplace;

import io.tradewind.access.BuiltinRole;
import io.tradewind.access.Caller;
import io.tradewind.access.Role;
import io.tradewind.audit.AuditLog;
import io.tradewind.identity.Credentials;
import io.tradewind.identity.LoginDirectory;
import io.tradewind.identity.PasswordHasher;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.user.UserAccount;
import io.tradewind.web.FieldError;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Vendor accounts (ADR 0210): a vendor signs in like anyone else, as a user of the platform tenant
 * whose only role is {@code plugin-vendor}; the {@link Vendor} row is its marketplace identity.
 */
@ApplicationScoped
public class VendorService {

    @Inject
    Db db;

    @Inject
    LoginDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** Registers a vendor and its sign-in; the caller is anonymous (public signup). */
    @Transactional
    public VendorView signup(VendorSignupRequest request) {
        String email = Credentials.normalizeEmail(request.email());
        List<FieldError> errors = new ArrayList<>();
        Credentials.checkEmail("email", email).ifPresent(errors::add);
        Credentials.checkPassword("password", request.password(), email).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (directory.contains(email)) {
            throw Problems.of(ProblemType.EMAIL_TAKEN, "problem.email-taken.detail").with("field", "email");
        }
        TenantContext.enter(Tenant.PLATFORM_ID);
        boolean hasRole = !db.em().createQuery("SELECT r.id FROM Role r WHERE r.code = :code", Long.class)
                .setParameter("code", BuiltinRole.PLUGIN_VENDOR.code()).setMaxResults(1).getResultList().isEmpty();
        if (!hasRole) {
            // The platform tenant was provisioned before vendors existed.
            db.em().persist(Role.builtin(BuiltinRole.PLUGIN_VENDOR));
        }
        UserAccount user = new UserAccount(email, request.name().strip(), Set.of(BuiltinRole.PLUGIN_VENDOR.code()), null,
                UserAccount.Status.ACTIVE);
        user.setPassword(hasher.hash(request.password()));
        user.setLocale(request.locale() == null ? "en" : request.locale());
        db.em().persist(user);
        directory.add(email, Tenant.PLATFORM_ID, user.getId());
        Vendor vendor = new Vendor(user.getId(), request.name().strip(), email);
        db.em().persist(vendor);
        try {
            db.em().flush();
        } catch (PersistenceException e) {
            throw Problems.of(ProblemType.EMAIL_TAKEN, "problem.email-taken.detail").with("field", "email");
        }
        VendorView view = VendorView.of(vendor, List.of());
        audit.record(new AuditLog.Actor(user.getId(), user.getName()), "marketplace.vendor-registered", "vendor",
                vendor.getId(), null, view);
        return view;
    }

    @Transactional
    public VendorView me(Caller caller) {
        Vendor vendor = of(caller);
        return VendorView.of(vendor, keys(vendor.getId()));
    }

    @Transactional
    public KeyView addKey(Caller caller, KeyRequest request) {
        Vendor vendor = of(caller);
        SigningKeys.Parsed parsed = SigningKeys.parse("publicKey", request.publicKey());
        boolean known = !db.em().createQuery("SELECT k.id FROM VendorKey k WHERE k.fingerprint = :f", Long.class)
                .setParameter("f", parsed.fingerprint()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            throw Problems.conflict("problem.conflict.marketplace-key-known", parsed.fingerprint()).with("field", "publicKey");
        }
        VendorKey key = new VendorKey(vendor.getId(), parsed.algorithm(), parsed.encoded(), parsed.fingerprint());
        db.em().persist(key);
        KeyView view = KeyView.of(key);
        audit.record("marketplace.key-added", "vendor", vendor.getId(), null, view);
        return view;
    }

    /** The caller's vendor; a 403 for an account that is not one. */
    Vendor of(Caller caller) {
        return db.em().createQuery("SELECT v FROM Vendor v WHERE v.userId = :user", Vendor.class)
                .setParameter("user", caller.userId()).getResultStream().findFirst()
                .filter(v -> caller.tenantId() == Tenant.PLATFORM_ID)
                .orElseThrow(Problems::forbidden);
    }

    List<VendorKey> keys(long vendorId) {
        return db.em().createQuery("SELECT k FROM VendorKey k WHERE k.vendorId = :vendor ORDER BY k.createdAt, k.id",
                VendorKey.class).setParameter("vendor", vendorId).getResultList();
    }

    String name(long vendorId) {
        return db.find(Vendor.class, vendorId).map(Vendor::getName).orElse(null);
    }
}
