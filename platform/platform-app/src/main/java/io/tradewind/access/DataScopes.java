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
        Condition condition = condition(caller, ownerPath);
        return condition == null ? query : query.where(condition.jpql(), condition.params());
    }

    /**
     * Restricts {@code query} to records that belong to a visible parent: the id at {@code refPath}
     * (e.g. {@code "i.leadId"}) must be the id of an {@code entity} (e.g. {@code "Lead"}, alias
     * {@code sp}) whose owner, at {@code ownerPath} (e.g. {@code "sp.ownerId"}), the caller may see.
     */
    public static <T> Jpql<T> restrictThrough(Jpql<T> query, Caller caller, String refPath, String entity, String ownerPath) {
        Condition condition = condition(caller, ownerPath);
        return condition == null ? query : query.where(refPath + " IN (SELECT sp.id FROM " + entity + " sp WHERE "
                + condition.jpql() + ")", condition.params());
    }

    /**
     * Like {@link #restrict}, and also keeps the records on whose team the caller is (ADR 0137): an
     * EXISTS on the tenant-led team_member index, the record's id at {@code idPath}.
     */
    public static <T> Jpql<T> restrictOrMember(Jpql<T> query, Caller caller, String ownerPath, String recordType, String idPath) {
        Condition condition = condition(caller, ownerPath);
        if (condition == null) {
            return query;
        }
        Map<String, Object> params = new java.util.HashMap<>(condition.params());
        params.put("scopeMember", caller.userId());
        params.put("scopeRecordType", recordType);
        return query.where("(" + condition.jpql() + " OR EXISTS (SELECT stm.id FROM TeamMember stm WHERE stm.userId = "
                + ":scopeMember AND stm.recordType = :scopeRecordType AND stm.recordId = " + idPath + "))", params);
    }

    /** A JPQL condition with its parameters. */
    public record Condition(String jpql, Map<String, Object> params) {
    }

    /** The condition that keeps what the caller may see; null when they see everything. */
    public static Condition condition(Caller caller, String ownerPath) {
        DataScope scope = effective(caller);
        return switch (scope) {
            case ALL -> null;
            case OWN -> new Condition(ownerPath + " = :scopeUser", Map.of("scopeUser", caller.userId()));
            case DEPARTMENT -> new Condition(ownerPath + " IN (SELECT su.id FROM UserAccount su WHERE su.departmentId = :scopeDept)",
                    Map.of("scopeDept", caller.departmentId()));
            case DEPARTMENT_TREE -> new Condition(ownerPath + " IN (SELECT su.id FROM UserAccount su WHERE su.departmentId IN "
                    + "(SELECT sd.id FROM Department sd WHERE sd.path LIKE :scopePath))",
                    Map.of("scopePath", Jpql.escapeLike(caller.departmentPath()) + "%"));
        };
    }

    /**
     * Whether the caller sees a record owned by {@code ownerId} whatever else is true of it: a caller
     * who sees everything, or the record's own owner (every scope includes one's own records). When
     * this is false, the scope's query decides ({@link #condition}), so a single record's check costs
     * no query in the common cases.
     */
    public static boolean seesWithoutQuery(Caller caller, Long ownerId) {
        return effective(caller) == DataScope.ALL || ownerId != null && ownerId == caller.userId();
    }

    static DataScope effective(Caller caller) {
        DataScope scope = caller.dataScope();
        boolean needsDepartment = scope == DataScope.DEPARTMENT || scope == DataScope.DEPARTMENT_TREE;
        return needsDepartment && (caller.departmentId() == null || caller.departmentPath() == null) ? DataScope.OWN : scope;
    }
}
