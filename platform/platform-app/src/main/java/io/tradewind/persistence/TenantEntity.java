package io.tradewind.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A tenant-owned entity that users edit: it carries a version (the API's ETag, for optimistic
 * locking) and its creation and update times.
 */
@MappedSuperclass
public abstract class TenantEntity extends TenantRecord {

    @Version
    protected long version;

    protected Instant createdAt;

    protected Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        createdAt = Clock.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Clock.now();
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
