package io.tradewind.marketplace;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin vendor. Platform-level; its sign-in is a platform-tenant user with the plugin-vendor role. */
@Entity
@Table(name = "marketplace_vendor")
public class Vendor {

    @Id
    private long id;
    private long userId;
    private String name;
    private String email;
    private Instant createdAt;

    protected Vendor() {
    }

    Vendor(long userId, String name, String email) {
        this.id = Ids.next();
        this.userId = userId;
        this.name = name;
        this.email = email;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Clock.now();
    }

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
