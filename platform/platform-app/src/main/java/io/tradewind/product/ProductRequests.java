package io.tradewind.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of products, categories and price lists. */
public final class ProductRequests {

    private ProductRequests() {
    }

    @Schema(name = "ProductCategoryRequest")
    public record CategoryRequest(@NotBlank @Size(max = 100) @Schema(examples = "影像设备") String name,
                                  @Schema(description = "Parent category id") String parentId) {
    }

    @Schema(name = "ProductRequest")
    public record ProductRequest(@NotBlank @Size(max = 60) @Schema(examples = "US-2000") String code,
                                 @NotBlank @Size(max = 200) @Schema(examples = "便携式彩色超声诊断仪") String name,
                                 @Schema(description = "Category id") String categoryId,
                                 @NotBlank @Size(max = 20) @Schema(examples = "台") String unit,
                                 @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "128000.00") BigDecimal listPrice,
                                 Boolean active,
                                 @Size(max = 2000) String description) {
    }

    @Schema(name = "PriceListItemRequest")
    public record ItemRequest(@NotBlank @Schema(examples = "0SZZZZZZZZZZZ") String productId,
                              @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "118000.00") BigDecimal price) {
    }

    @Schema(name = "PriceListRequest")
    public record PriceListRequest(@NotBlank @Size(max = 100) @Schema(examples = "2026年医院渠道价") String name,
                                   @Size(max = 40) @Schema(examples = "hospital") String customerGroup,
                                   @Size(max = 40) @Schema(examples = "direct") String channel,
                                   @NotNull @Schema(examples = "2026-01-01") LocalDate validFrom,
                                   @Schema(examples = "2026-12-31") LocalDate validTo,
                                   @Size(max = 1000) List<@Valid @NotNull ItemRequest> items) {
    }
}
