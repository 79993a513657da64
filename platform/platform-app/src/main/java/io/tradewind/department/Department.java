package io.tradewind.department;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A unit of the tenant's organisation (销售部, 市场部, …), in a tree. {@code path} lists the ids
 * from the root down ({@code /12/34/}), so "this department and everything below" is one
 * {@code LIKE 'path%'}.
 */
@Entity
@Table(name = "department")
public class Department extends TenantEntity {

    private Long parentId;
    private String name;
    private String path;
    private Long managerId;
    private int sortOrder;

    protected Department() {
    }

    public Department(String name, Department parent, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
        placeUnder(parent);
    }

    /** Moves this department under {@code parent} (or to the root); callers rewrite the descendants' paths. */
    public void placeUnder(Department parent) {
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    /** After an ancestor moved from {@code oldPrefix} to {@code newPrefix}. */
    public void rebase(String oldPrefix, String newPrefix) {
        path = newPrefix + path.substring(oldPrefix.length());
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
