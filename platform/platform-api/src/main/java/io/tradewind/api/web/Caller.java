package io.tradewind.api.web;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user who called a plugin's REST contribution. The host has already checked the
 * token and the tenant.
 *
 * @param userId the user's id
 * @param permissions the user's permissions, such as {@code leads.read}
 */
public record Caller(long userId, Set<String> permissions) {

    /** Copies the permissions. */
    public Caller {
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
    }

    /**
     * Whether the user holds a permission.
     *
     * @param permission the permission name
     * @return whether it is held
     */
    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}
