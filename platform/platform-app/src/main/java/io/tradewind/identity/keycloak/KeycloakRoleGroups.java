package io.tradewind.identity.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user's roles in a company, mirrored as Keycloak groups {@code /tenants/<tenant code>/<role code>}
 * so that their tokens carry them (claim {@code tradewind_roles}, ADR 0254). Tradewind's own records
 * stay the authority for what a caller may do; the groups are what Keycloak-side consumers see.
 */
@ApplicationScoped
public class KeycloakRoleGroups {

    static final String ROOT = "tenants";

    @Inject
    KeycloakAdminApi admin;

    /** Makes the user's role groups in the company exactly {@code roles}; answers the roles they had. */
    public Set<String> set(String tenantCode, String userId, Set<String> roles) {
        String prefix = tenantPath(tenantCode) + "/";
        Map<String, String> current = new TreeMap<>();
        admin.userGroups(userId).forEach((path, id) -> {
            if (path.startsWith(prefix)) {
                current.put(path.substring(prefix.length()), id);
            }
        });
        current.forEach((role, groupId) -> {
            if (!roles.contains(role)) {
                admin.leaveGroup(userId, groupId);
            }
        });
        for (String role : roles) {
            if (!current.containsKey(role)) {
                admin.joinGroup(userId, group(tenantCode, role));
            }
        }
        return Set.copyOf(current.keySet());
    }

    /** Removes the company's groups (a signup that did not happen). */
    public void forget(String tenantCode) {
        admin.groupId(tenantPath(tenantCode)).ifPresent(admin::deleteGroup);
    }

    private String group(String tenantCode, String role) {
        String root = ensure("/" + ROOT, ROOT, null);
        String tenant = ensure(tenantPath(tenantCode), tenantCode, root);
        return ensure(tenantPath(tenantCode) + "/" + role, role, tenant);
    }

    /** The group at {@code path}, created if missing (or found after a concurrent creation). */
    private String ensure(String path, String name, String parentId) {
        return admin.groupId(path).orElseGet(() -> {
            try {
                return admin.createGroup(name, parentId);
            } catch (KeycloakException e) {
                if (!e.conflict()) {
                    throw e;
                }
                return admin.groupId(path).orElseThrow(() -> e);
            }
        });
    }

    private static String tenantPath(String tenantCode) {
        return "/" + ROOT + "/" + tenantCode;
    }
}
