package io.tradewind.access;

import io.tradewind.persistence.Jpql;
import java.util.Map;

/**
 * Data scopes, applied in one place: a JPQL condition that keeps only the records whose owner the
 * caller may see. {@code OWN} sees the caller's records; {@code DEPARTMENT} those of users in the
 * caller's department; {@code DEPARTMENT_TREE} also the departments below; {@code ALL} everything.
 * A caller without a department sees only their own records under the department scopes.
 */
public final class DataScopes {

    private DataScopes() {
    }

    /** Restricts {@code query} to records whose owner id is at {@code ownerPath} (e.g. {@code "c.ownerId"}). */
    public static <T> Jpql<T> restrict(Jpql<T> query, Caller caller, String ownerPath) {
        DataScope scope = effective(caller);
        return switch (scope) {
            case ALL -> query;
            case OWN -> query.where(ownerPath + " = :scopeUser", Map.of("scopeUser", caller.userId()));
            case DEPARTMENT -> query.where(ownerPath + " IN (SELECT su.id FROM UserAccount su WHERE su.departmentId = :scopeDept)",
                    Map.of("scopeDept", caller.departmentId()));
            case DEPARTMENT_TREE -> query.where(ownerPath + " IN (SELECT su.id FROM UserAccount su WHERE su.departmentId IN "
                    + "(SELECT sd.id FROM Department sd WHERE sd.path LIKE :scopePath))",
                    Map.of("scopePath", Jpql.escapeLike(caller.departmentPath()) + "%"));
        };
    }

    static DataScope effective(Caller caller) {
        DataScope scope = caller.dataScope();
        boolean needsDepartment = scope == DataScope.DEPARTMENT || scope == DataScope.DEPARTMENT_TREE;
        return needsDepartment && (caller.departmentId() == null || caller.departmentPath() == null) ? DataScope.OWN : scope;
    }
}
