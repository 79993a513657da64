package io.tradewind.product;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product's price in a price list. */
@Entity
@Table(name = "price_list_item")
public class PriceListItem extends TenantRecord {

    private long priceListId;
    private long productId;
    private BigDecimal price;

    protected PriceListItem() {
    }

    public PriceListItem(long priceListId, long productId, BigDecimal price) {
        this.priceListId = priceListId;
        this.productId = productId;
        this.price = price;
    }

    public long getPriceListId() { return priceListId; }
    public long getProductId() { return productId; }
    public BigDecimal getPrice() { return price; }
}
