package io.tradewind.user;

import io.tradewind.access.BuiltinRole;
import io.tradewind.access.Caller;
import io.tradewind.access.CallerDirectory;
import io.tradewind.access.DataScopes;
import io.tradewind.access.Role;
import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.department.Department;
import io.tradewind.identity.Credentials;
import io.tradewind.identity.LoginDirectory;
import io.tradewind.identity.Sessions;
import io.tradewind.identity.UserLinks;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.web.FieldError;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tenant admins manage their users: invite, change, disable, enable, reset passwords. */
@ApplicationScoped
public class UserService {

    private static final Map<String, String> SORTS = Map.of("name", "u.name", "email", "u.email",
            "createdAt", "u.createdAt", "lastLoginAt", "u.lastLoginAt");

    @Inject
    io.tradewind.identity.keycloak.KeycloakUsers keycloakUsers;

    @Inject
    io.tradewind.identity.keycloak.KeycloakSettings keycloakSettings;

    @Inject
    Db db;

    @Inject
    Seats seats;

    @Inject
    LoginDirectory directory;

    @Inject
    UserLinks links;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges changes;

    @Inject
    CallerDirectory callers;

    /** Filters of the user list. */
    public record Filter(String q, UserAccount.Status status, Long departmentId, String role) {
    }

    @Transactional
    public Page<UserView> list(Caller caller, Filter filter, PageRequest page) {
        Jpql<UserAccount> query = Jpql.from(db.em(), UserAccount.class, "u")
                .search(filter.q(), "u.name", "u.email")
                .where("u.status = :status", "status", filter.status())
                .where("u.departmentId = :department", "department", filter.departmentId())
                .where("u.roleCodesColumn LIKE :role", "role",
                        filter.role() == null ? null : StringSetConverter.containing(filter.role()));
        return DataScopes.restrict(query, caller, "u.id")
                .page(page, Sorting.orderBy(page.sort(), SORTS, "u.name", "u.id"))
                .map(UserView::of);
    }

    /** The user, if the caller's data scope lets them see it; else a 404. */
    @Transactional
    public UserAccount visible(Caller caller, String id) {
        Long parsed = Ids.parse(id).orElseThrow(() -> Problems.notFound(UserAccount.class));
        List<UserAccount> found = DataScopes.restrict(Jpql.from(db.em(), UserAccount.class, "u")
                        .where("u.id = :id", "id", parsed), caller, "u.id")
                .list("", 0, 1);
        if (found.isEmpty()) {
            throw Problems.notFound(UserAccount.class);
        }
        return found.get(0);
    }

    @Transactional
    public InvitedUser invite(Caller caller, InviteRequest request) {
        String email = Credentials.normalizeEmail(request.email());
        List<FieldError> errors = new ArrayList<>();
        Credentials.checkEmail("email", email).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Set<String> roles = grantableRoles(caller, request.roles());
        Long departmentId = department(request.departmentId());
        if (!db.em().createQuery("SELECT u.id FROM UserAccount u WHERE u.email = :email", Long.class)
                .setParameter("email", email).getResultList().isEmpty()) {
            throw Problems.conflict("problem.conflict.user-exists", email).with("field", "email");
        }
        seats.takeOne(caller.tenantId());
        UserAccount user = new UserAccount(email, request.name().strip(), roles, departmentId, UserAccount.Status.INVITED);
        user.setLocale(request.locale() == null ? io.tradewind.i18n.Messages.tag(caller.locale()) : request.locale());
        user.setPhone(request.phone());
        db.em().persist(user);
        db.em().flush();
        directory.add(email, caller.tenantId(), user.getId());
        keycloakUsers.invited(caller.tenantCode(), email, user.getName(), roles);
        String link = links.invite(caller.tenantId(), caller.tenantName(), user, caller.name());
        UserView view = UserView.of(user);
        changes.changed("user.invited", "user", user.getId(), null, view, view);
        return new InvitedUser(view, link);
    }

    @Transactional
    public UserView update(Caller caller, String id, String ifMatch, jakarta.json.JsonObject body) {
        UserAccount user = visible(caller, id);
        io.tradewind.web.Etags.require(ifMatch, user.getVersion());
        UserView before = UserView.of(user);
        io.tradewind.web.Patch.of(body, "name", "roles", "departmentId", "locale", "phone")
                .text("name", 100, user::setName)
                .strings("roles", requested -> user.setRoleCodes(grantableRoles(caller, List.copyOf(requested))))
                .id("departmentId", false, departmentId -> user.setDepartmentId(department(Ids.format(departmentId))))
                .optionalText("locale", 10, locale -> user.setLocale(locale == null ? null : io.tradewind.i18n.Messages.tag(io.tradewind.i18n.Messages.fromTag(locale))))
                .optionalText("phone", 40, user::setPhone)
                .apply();
        keepAnAdmin(user);
        if (!Set.copyOf(before.roles()).equals(Set.copyOf(user.getRoleCodes()))) {
            keycloakUsers.rolesChanged(caller.tenantCode(), user.getEmail(), Set.copyOf(user.getRoleCodes()));
        }
        return changed(caller, user, before, "user.updated");
    }

    @Transactional
    public UserView disable(Caller caller, String id) {
        UserAccount user = visible(caller, id);
        if (user.getId() == caller.userId()) {
            throw Problems.conflict("problem.conflict.disable-self");
        }
        UserView before = UserView.of(user);
        user.disable();
        keepAnAdmin(user);
        sessions.revokeAll(user.getId());
        keycloakUsers.disabled(caller.tenantCode(), user.getEmail());
        return changed(caller, user, before, "user.disabled");
    }

    @Transactional
    public UserView enable(Caller caller, String id) {
        UserAccount user = visible(caller, id);
        if (user.getStatus() != UserAccount.Status.DISABLED) {
            return UserView.of(user);
        }
        seats.takeOne(caller.tenantId());
        UserView before = UserView.of(user);
        if (user.getPasswordHash() == null) {
            user.setStatusInvited();
        } else {
            user.activate();
        }
        keycloakUsers.enabled(caller.tenantCode(), user.getEmail());
        return changed(caller, user, before, "user.enabled");
    }

    /**
     * Mails a reset link to an active user (in Keycloak mode: Keycloak's UPDATE_PASSWORD required action
     * and its e-mail), or a fresh invitation to one who never accepted.
     */
    @Transactional
    public PasswordReset resetPassword(Caller caller, String id) {
        UserAccount user = visible(caller, id);
        PasswordReset reset = switch (user.getStatus()) {
            case ACTIVE -> {
                if (keycloakSettings.enabled()) {
                    yield PasswordReset.inKeycloak(keycloakUsers.passwordResetRequested(user.getEmail()));
                }
                links.sendPasswordReset(caller.tenantId(), caller.tenantName(), user);
                yield PasswordReset.MAILED;
            }
            case INVITED -> PasswordReset.invited(links.invite(caller.tenantId(), caller.tenantName(), user, caller.name()));
            case DISABLED -> throw Problems.conflict("problem.conflict.user-disabled");
        };
        audit.record("user.password-reset-requested", "user", user.getId(), null, null);
        return reset;
    }

    private UserView changed(Caller caller, UserAccount user, UserView before, String action) {
        db.em().flush();
        UserView after = UserView.of(user);
        changes.changed(action, "user", user.getId(), before, after, after);
        callers.forgetTenant(caller.tenantId());
        return after;
    }

    /** The tenant must keep at least one active administrator. */
    private void keepAnAdmin(UserAccount changed) {
        db.em().flush();
        long admins = db.em().createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.status = :active "
                        + "AND u.roleCodesColumn LIKE :admin", Long.class)
                .setParameter("active", UserAccount.Status.ACTIVE)
                .setParameter("admin", StringSetConverter.containing(BuiltinRole.TENANT_ADMIN.code()))
                .getSingleResult();
        if (admins == 0) {
            throw Problems.conflict("problem.conflict.last-admin");
        }
    }

    /** The requested roles, if they exist and the caller holds every permission they grant. */
    private Set<String> grantableRoles(Caller caller, List<String> codes) {
        if (codes.isEmpty()) {
            throw Problems.invalid("roles", "validation.required");
        }
        List<Role> roles = db.em().createQuery("SELECT r FROM Role r WHERE r.code IN :codes", Role.class)
                .setParameter("codes", codes).getResultList();
        if (roles.size() != Set.copyOf(codes).size()) {
            throw Problems.invalid("roles", "validation.role.unknown");
        }
        for (Role role : roles) {
            if (!caller.permissions().containsAll(role.getPermissions())) {
                throw Problems.invalid("roles", "validation.role.escalation", role.getCode());
            }
        }
        return new java.util.LinkedHashSet<>(codes);
    }

    private Long department(String id) {
        if (id == null) {
            return db.em().createQuery("SELECT d.id FROM Department d WHERE d.parentId IS NULL ORDER BY d.sortOrder, d.id",
                    Long.class).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        }
        return Ids.parse(id).flatMap(parsed -> db.find(Department.class, parsed)).map(Department::getId)
                .orElseThrow(() -> Problems.invalid("departmentId", "validation.department.unknown"));
    }
}
