package io.tradewind.product;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product the tenant sells, with its unit (台, 盒, 套…) and list price. */
@Entity
@Table(name = "product")
public class Product extends TenantEntity {

    private String code;
    private String name;
    private Long categoryId;
    private String unit;
    private BigDecimal listPrice;
    private boolean active = true;
    private String description;

    protected Product() {
    }

    public Product(String code, String name, String unit, BigDecimal listPrice) {
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.listPrice = listPrice;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getListPrice() { return listPrice; }
    public void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
