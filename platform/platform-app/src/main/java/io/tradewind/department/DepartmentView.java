package io.tradewind.department;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A department as the API shows it; {@code children} is filled only in tree listings. */
public record DepartmentView(String id, String parentId, String name, String managerId, int sortOrder, int depth,
                             Instant createdAt, Instant updatedAt, long version, List<DepartmentView> children)
        implements Versioned {

    public static DepartmentView of(Department department) {
        return new DepartmentView(Ids.format(department.getId()), Ids.format(department.getParentId()),
                department.getName(), Ids.format(department.getManagerId()), department.getSortOrder(),
                department.depth(), department.getCreatedAt(), department.getUpdatedAt(), department.getVersion(), null);
    }

    DepartmentView withChildren(List<DepartmentView> children) {
        return new DepartmentView(id, parentId, name, managerId, sortOrder, depth, createdAt, updatedAt, version, children);
    }
}
