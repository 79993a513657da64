package io.tradewind.opportunity;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product on an opportunity, priced from the customer's price list when it was added. */
@Entity
@Table(name = "opportunity_line")
public class OpportunityLine extends TenantRecord {

    private long opportunityId;
    private long productId;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private Long priceListId;
    private BigDecimal amount;

    protected OpportunityLine() {
    }

    public OpportunityLine(long opportunityId, long productId, BigDecimal quantity, BigDecimal unitPrice, Long priceListId) {
        this.opportunityId = opportunityId;
        this.productId = productId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.priceListId = priceListId;
        this.amount = unitPrice.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public long getOpportunityId() { return opportunityId; }
    public long getProductId() { return productId; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public Long getPriceListId() { return priceListId; }
    public BigDecimal getAmount() { return amount; }
}
