package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A refresh token (only its hash). Rotated on every use; a reused one revokes the user's sessions. */
@Entity
@Table(name = "refresh_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantRecord.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER, primaryKey = false)
public class RefreshToken {

    @Id
    private String tokenHash;
    private long userId;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant createdAt;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, long userId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = Clock.now();
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getUserId() {
        return userId;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
