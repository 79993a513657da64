package io.tradewind.user;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it (never the password hash). */
public record UserView(String id, String email, String name, String status, List<String> roles, String departmentId,
                       String locale, String phone, Instant lastLoginAt, Instant lockedUntil, Instant createdAt,
                       Instant updatedAt, long version) implements Versioned {

    public static UserView of(UserAccount user) {
        return new UserView(Ids.format(user.getId()), user.getEmail(), user.getName(),
                user.getStatus().name().toLowerCase(), user.getRoleCodes().stream().sorted().toList(),
                Ids.format(user.getDepartmentId()), user.getLocale(), user.getPhone(), user.getLastLoginAt(),
                user.getLockedUntil(), user.getCreatedAt(), user.getUpdatedAt(), user.getVersion());
    }
}
