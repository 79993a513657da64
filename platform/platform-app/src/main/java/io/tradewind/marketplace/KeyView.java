package io.tradewind.marketplace;

import io.tradewind.persistence.Ids;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vendor's signing key as the vendor sees it: its SHA-256 fingerprint, not the key. */
@Schema(name = "VendorKey")
public record KeyView(String id, String algorithm, String fingerprint, Instant createdAt) {

    static KeyView of(VendorKey key) {
        return new KeyView(Ids.format(key.getId()), key.getAlgorithm(), key.getFingerprint(), key.getCreatedAt());
    }
}
