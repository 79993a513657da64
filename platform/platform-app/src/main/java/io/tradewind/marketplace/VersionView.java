package io.tradewind.marketplace;

import io.tradewind.persistence.Ids;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An uploaded plugin version with its review state.
 *
 * @param status pending, approved or rejected
 * @param reviewReason the operator's reason (always given for a rejection)
 */
@Schema(name = "MarketplaceVersion")
public record VersionView(String id, String pluginId, String version, String vendorId, String vendorName,
                          String description, String provider, String requires, String sha256, long size,
                          String status, String reviewReason, Instant reviewedAt, Instant uploadedAt) {

    static VersionView of(MarketplaceVersion version, String vendorName) {
        return new VersionView(Ids.format(version.getId()), version.getPluginId(), version.getPluginVersion(),
                Ids.format(version.getVendorId()), vendorName, version.getDescription(), version.getProvider(),
                version.getRequires(), version.getSha256(), version.getSizeBytes(),
                version.getStatus().name().toLowerCase(Locale.ROOT), version.getReviewReason(), version.getReviewedAt(),
                version.getUploadedAt());
    }
}
