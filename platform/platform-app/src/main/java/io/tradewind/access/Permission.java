package io.tradewind.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of permissions. Roles grant permissions; endpoints require them with
 * {@link RequiresPermission}. Platform permissions can only be held in the platform tenant.
 */
public enum Permission {
    TENANT_READ("tenant.read"),
    TENANT_MANAGE("tenant.manage"),
    USERS_READ("users.read"),
    USERS_MANAGE("users.manage"),
    DEPARTMENTS_READ("departments.read"),
    DEPARTMENTS_MANAGE("departments.manage"),
    ROLES_READ("roles.read"),
    ROLES_MANAGE("roles.manage"),
    AUDIT_READ("audit.read"),
    EVENTS_READ("events.read"),
    PLUGINS_READ("plugins.read"),
    PLUGINS_MANAGE("plugins.manage"),
    LEADS_READ("leads.read"),
    LEADS_MANAGE("leads.manage"),
    LEADS_IMPORT("leads.import"),
    LEADS_HANDOVER("leads.handover"),
    LEADS_SETTINGS("leads.settings"),
    ACTIVITIES_READ("activities.read"),
    ACTIVITIES_MANAGE("activities.manage"),
    CUSTOMERS_READ("customers.read"),
    CUSTOMERS_MANAGE("customers.manage"),
    OPPORTUNITIES_READ("opportunities.read"),
    OPPORTUNITIES_MANAGE("opportunities.manage"),
    PRODUCTS_READ("products.read"),
    PRODUCTS_MANAGE("products.manage"),
    PIPELINE_CONFIGURE("pipeline.configure"),
    CHANNEL_READ("channel.read"),
    CHANNEL_MANAGE("channel.manage"),
    CUSTOM_FIELDS_MANAGE("customfields.manage"),
    PLATFORM_TENANTS_READ("platform.tenants.read", true),
    PLATFORM_TENANTS_MANAGE("platform.tenants.manage", true),
    MARKETPLACE_REVIEW("marketplace.review", true),
    MARKETPLACE_VENDOR("marketplace.vendor", true);

    private final String code;
    private final boolean platform;

    Permission(String code) {
        this(code, false);
    }

    Permission(String code, boolean platform) {
        this.code = code;
        this.platform = platform;
    }

    public String code() {
        return code;
    }

    public boolean isPlatform() {
        return platform;
    }

    public static Optional<Permission> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
