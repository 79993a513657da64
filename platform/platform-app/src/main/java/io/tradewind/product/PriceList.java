package io.tradewind.product;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A price list (价格政策) for a customer group and/or channel, valid from one date to another
 * (inclusive; open-ended without {@code validTo}). A list with neither group nor channel applies to all.
 */
@Entity
@Table(name = "price_list")
public class PriceList extends TenantEntity {

    private String name;
    private String customerGroup;
    private String channel;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected PriceList() {
    }

    public PriceList(String name, LocalDate validFrom) {
        this.name = name;
        this.validFrom = validFrom;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCustomerGroup() { return customerGroup; }
    public void setCustomerGroup(String customerGroup) { this.customerGroup = customerGroup; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
