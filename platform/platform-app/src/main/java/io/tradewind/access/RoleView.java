package io.tradewind.access;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A role as the API shows it. */
public record RoleView(String id, String code, String name, String description, List<String> permissions,
                       String dataScope, boolean builtin, Instant createdAt, Instant updatedAt, long version)
        implements Versioned {

    public static RoleView of(Role role) {
        return new RoleView(Ids.format(role.getId()), role.getCode(), role.getName(), role.getDescription(),
                role.getPermissions().stream().sorted().toList(), role.getDataScope().name().toLowerCase(),
                role.isBuiltin(), role.getCreatedAt(), role.getUpdatedAt(), role.getVersion());
    }
}
