package io.tradewind.marketplace;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded plugin version and its review. The package itself is in {@code marketplace_binary}. */
@Entity
@Table(name = "marketplace_version")
public class MarketplaceVersion {

    /** Review states. */
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private long id;
    private String pluginId;
    private String pluginVersion;
    private long vendorId;
    private String description;
    private String provider;
    private String requires;
    private String sha256;
    private long sizeBytes;
    private long keyId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reviewReason;
    private Long reviewedBy;
    private Instant reviewedAt;
    private Instant uploadedAt;

    protected MarketplaceVersion() {
    }

    MarketplaceVersion(PackageInfo info, long vendorId, String sha256, long sizeBytes, long keyId) {
        this.id = Ids.next();
        this.pluginId = info.id();
        this.pluginVersion = info.version();
        this.vendorId = vendorId;
        this.description = info.description() == null || info.description().length() <= 500 ? info.description()
                : info.description().substring(0, 500);
        this.provider = info.provider() == null || info.provider().length() <= 200 ? info.provider()
                : info.provider().substring(0, 200);
        this.requires = info.requires();
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.keyId = keyId;
        this.status = Status.PENDING;
    }

    @PrePersist
    void beforeInsert() {
        uploadedAt = Clock.now();
    }

    void review(Status decision, String reason, long operatorId) {
        this.status = decision;
        this.reviewReason = reason;
        this.reviewedBy = operatorId;
        this.reviewedAt = Clock.now();
    }

    public long getId() {
        return id;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getDescription() {
        return description;
    }

    public String getProvider() {
        return provider;
    }

    public String getRequires() {
        return requires;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getKeyId() {
        return keyId;
    }

    public Status getStatus() {
        return status;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
