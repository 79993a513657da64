package io.tradewind.access;

import static io.tradewind.access.Permission.ACTIVITIES_MANAGE;
import static io.tradewind.access.Permission.ACTIVITIES_READ;
import static io.tradewind.access.Permission.AUDIT_READ;
import static io.tradewind.access.Permission.CUSTOMERS_MANAGE;
import static io.tradewind.access.Permission.CUSTOMERS_READ;
import static io.tradewind.access.Permission.OPPORTUNITIES_MANAGE;
import static io.tradewind.access.Permission.OPPORTUNITIES_READ;
import static io.tradewind.access.Permission.PRODUCTS_READ;
import static io.tradewind.access.Permission.CHANNEL_MANAGE;
import static io.tradewind.access.Permission.CHANNEL_READ;
import static io.tradewind.access.Permission.MARKETPLACE_REVIEW;
import static io.tradewind.access.Permission.MARKETPLACE_VENDOR;
import static io.tradewind.access.Permission.DEPARTMENTS_READ;
import static io.tradewind.access.Permission.EVENTS_READ;
import static io.tradewind.access.Permission.LEADS_HANDOVER;
import static io.tradewind.access.Permission.LEADS_IMPORT;
import static io.tradewind.access.Permission.LEADS_MANAGE;
import static io.tradewind.access.Permission.LEADS_READ;
import static io.tradewind.access.Permission.LEADS_SETTINGS;
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
            EnumSet.of(TENANT_READ, USERS_READ, DEPARTMENTS_READ, ROLES_READ,
                    CUSTOMERS_READ, CUSTOMERS_MANAGE, OPPORTUNITIES_READ, OPPORTUNITIES_MANAGE, PRODUCTS_READ,
                    LEADS_READ, LEADS_MANAGE, LEADS_IMPORT, LEADS_HANDOVER, LEADS_SETTINGS, ACTIVITIES_READ, ACTIVITIES_MANAGE,
                    CHANNEL_READ, CHANNEL_MANAGE)),
    SALES_REP("sales-rep", DataScope.OWN, EnumSet.of(TENANT_READ, DEPARTMENTS_READ,
            CUSTOMERS_READ, CUSTOMERS_MANAGE, OPPORTUNITIES_READ, OPPORTUNITIES_MANAGE, PRODUCTS_READ,
            LEADS_READ, LEADS_MANAGE, ACTIVITIES_READ, ACTIVITIES_MANAGE, CHANNEL_READ)),
    SALES_ASSISTANT("sales-assistant", DataScope.DEPARTMENT, EnumSet.of(TENANT_READ, USERS_READ, DEPARTMENTS_READ,
            CUSTOMERS_READ, CUSTOMERS_MANAGE, OPPORTUNITIES_READ, PRODUCTS_READ,
            LEADS_READ, LEADS_MANAGE, LEADS_IMPORT, LEADS_HANDOVER, ACTIVITIES_READ, ACTIVITIES_MANAGE)),
    FINANCE("finance", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ,
            CUSTOMERS_READ, OPPORTUNITIES_READ, PRODUCTS_READ)),
    LOGISTICS("logistics", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ, CUSTOMERS_READ, PRODUCTS_READ)),
    AFTER_SALES("after-sales", DataScope.ALL, EnumSet.of(TENANT_READ, DEPARTMENTS_READ, CUSTOMERS_READ, PRODUCTS_READ)),
    PLATFORM_OPERATOR("platform-operator", DataScope.ALL,
            EnumSet.of(TENANT_READ, PLATFORM_TENANTS_READ, PLATFORM_TENANTS_MANAGE, AUDIT_READ, EVENTS_READ,
                    MARKETPLACE_REVIEW)),
    /** A plugin vendor's account (platform tenant only): the marketplace's vendor portal and nothing else. */
    PLUGIN_VENDOR("plugin-vendor", DataScope.OWN, EnumSet.of(MARKETPLACE_VENDOR));

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
        return EnumSet.complementOf(EnumSet.of(PLATFORM_OPERATOR,
                PLUGIN_VENDOR));
    }

    public static Optional<BuiltinRole> byCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    private static Set<Permission> tenantPermissions() {
        return Arrays.stream(Permission.values()).filter(p -> !p.isPlatform())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }
}
