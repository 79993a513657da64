package io.tradewind.product;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category (产品分类), optionally under another. */
@Entity
@Table(name = "product_category")
public class ProductCategory extends TenantEntity {

    private String name;
    private Long parentId;

    protected ProductCategory() {
    }

    public ProductCategory(String name, Long parentId) {
        this.name = name;
        this.parentId = parentId;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
