package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A one-time link secret: an invitation or a password reset (only its hash is kept). */
@Entity
@Table(name = "user_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantRecord.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER, primaryKey = false)
public class UserToken {

    public enum Purpose { INVITATION, PASSWORD_RESET }

    @Id
    private String tokenHash;
    private long userId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected UserToken() {
    }

    public UserToken(String tokenHash, long userId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
        this.createdAt = Clock.now();
    }

    public boolean isUsable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public long getUserId() {
        return userId;
    }
}
