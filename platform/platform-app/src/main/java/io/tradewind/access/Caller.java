package io.tradewind.access;

import java.util.Locale;
import java.util.Set;

/**
 * Who is calling: resolved once per request from the verified token and the tenant's current data
 * (roles can change between two tokens; a disabled user is refused at once).
 */
public record Caller(long tenantId, String tenantCode, String tenantName, long userId, String email, String name,
                     Set<String> roles, Set<String> permissions, DataScope dataScope, Long departmentId,
                     String departmentPath, Locale locale) {

    public boolean can(Permission permission) {
        return permissions.contains(permission.code());
    }

    public boolean isPlatformOperator() {
        return roles.contains(BuiltinRole.PLATFORM_OPERATOR.code());
    }
}
