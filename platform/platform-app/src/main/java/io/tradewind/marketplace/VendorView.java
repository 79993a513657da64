package io.tradewind.marketplace;

import io.tradewind.persistence.Ids;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A marketplace vendor with its signing keys. */
@Schema(name = "Vendor")
public record VendorView(String id, String name, String email, Instant createdAt, List<KeyView> keys) {

    static VendorView of(Vendor vendor, List<VendorKey> keys) {
        return new VendorView(Ids.format(vendor.getId()), vendor.getName(), vendor.getEmail(), vendor.getCreatedAt(),
                keys.stream().map(KeyView::of).toList());
    }
}
