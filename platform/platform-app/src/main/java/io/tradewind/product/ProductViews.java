package io.tradewind.product;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Products, categories and price lists as the API shows them. */
public final class ProductViews {

    private ProductViews() {
    }

    public record CategoryView(String id, String name, String parentId, Instant createdAt, Instant updatedAt, long version)
            implements Versioned {
        static CategoryView of(ProductCategory c) {
            return new CategoryView(Ids.format(c.getId()), c.getName(), Ids.format(c.getParentId()), c.getCreatedAt(),
                    c.getUpdatedAt(), c.getVersion());
        }
    }

    public record ProductView(String id, String code, String name, String categoryId, String unit, BigDecimal listPrice,
                              boolean active, String description, Instant createdAt, Instant updatedAt, long version)
            implements Versioned {
        public static ProductView of(Product p) {
            return new ProductView(Ids.format(p.getId()), p.getCode(), p.getName(), Ids.format(p.getCategoryId()),
                    p.getUnit(), p.getListPrice(), p.isActive(), p.getDescription(), p.getCreatedAt(), p.getUpdatedAt(),
                    p.getVersion());
        }
    }

    public record ItemView(String productId, BigDecimal price) {
    }

    public record PriceListView(String id, String name, String customerGroup, String channel, LocalDate validFrom,
                                LocalDate validTo, List<ItemView> items, Instant createdAt, Instant updatedAt,
                                long version) implements Versioned {
        static PriceListView of(PriceList l, List<PriceListItem> items) {
            return new PriceListView(Ids.format(l.getId()), l.getName(), l.getCustomerGroup(), l.getChannel(),
                    l.getValidFrom(), l.getValidTo(),
                    items.stream().map(i -> new ItemView(Ids.format(i.getProductId()), i.getPrice())).toList(),
                    l.getCreatedAt(), l.getUpdatedAt(), l.getVersion());
        }
    }

    /** The price that applies to a product for a customer group and channel on a date, and where it comes from. */
    public record PriceQuote(String productId, BigDecimal price, String priceListId, String priceListName,
                             LocalDate date) {
    }
}
