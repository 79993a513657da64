package io.tradewind.access;

import static io.tradewind.access.Permission.AUDIT_READ;
import static io.tradewind.access.Permission.CHANNEL_MANAGE;
import static io.tradewind.access.Permission.CHANNEL_READ;
import static io.tradewind.access.Permission.DEPARTMENTS_READ;
import static io.tradewind.access.Permission.EVENTS_READ;
import static io.tradewind.access.Permission.PLATFORM_TENANTS_MANAGE;
import static io.tradewind.access.Permission.PLATFORM_TENANTS_READ;
import static io.tradewind.access.Permission.ROLES_READ;
import static io.tradewind.access.Permission.TENANT_READ;
import static io.tradewind.access.Permission.USERS_READ;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles every tenant starts with. Their permissions live here, not in the database, so a
 * release that adds a permission gives it to every tenant's built-in roles at once; tenants who
 * want something else create their own roles.
 */
public enum BuiltinRole {
    TENANT_ADMIN("tenant-admin", DataScope.ALL, tenantPermissions()),
    SALES_MANAGER("sales-manager", DataScope.DEPARTMENT_TREE,
            EnumSet.of(TENANT_READ, USERS_READ, DEPARTMENTS_READ, ROLES_READ, CHANNEL_READ, CHANNEL_MANAGE)),
    SALES_REP("sales-rep", DataScope.OWN, EnumSet.of(TENANT_READ, DEPARTMENTS_READ, CHANNEL_READ)),
    SALES_ASSISTANT("sales-assistant", DataScope.DEPARTMENT, EnumSet.of(TENANT_READ, USERS_READ, DEPARTMENTS_READ)),
    FINANCE("finance", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ)),
    LOGISTICS("logistics", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ)),
    AFTER_SALES("after-sales", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ)),
    PLATFORM_OPERATOR("platform-operator", DataScope.ALL,
            EnumSet.of(TENANT_READ, PLATFORM_TENANTS_READ, PLATFORM_TENANTS_MANAGE, AUDIT_READ, EVENTS_READ));

    private final String code;
    private final DataScope dataScope;
    private final Set<Permission> permissions;

    BuiltinRole(String code, DataScope dataScope, Set<Permission> permissions) {
        this.code = code;
        this.dataScope = dataScope;
        this.permissions = Set.copyOf(permissions);
    }

    public String code() {
        return code;
    }

    public DataScope dataScope() {
        return dataScope;
    }

    public Set<String> permissionCodes() {
        return permissions.stream().map(Permission::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The roles a new tenant gets (the platform operator role exists only in the platform tenant). */
    public static Set<BuiltinRole> forTenants() {
        return EnumSet.complementOf(EnumSet.of(PLATFORM_OPERATOR));
    }

    public static Optional<BuiltinRole> byCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    private static Set<Permission> tenantPermissions() {
        return Arrays.stream(Permission.values()).filter(p -> !p.isPlatform())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }
}
