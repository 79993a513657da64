package io.tradewind.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Which tenants an e-mail address can sign in to. It is the one lookup that must cross tenants (a
 * sign-in names an e-mail, not a tenant), so it is a platform-level table keyed by e-mail.
 */
@Entity
@Table(name = "login_directory")
@IdClass(LoginDirectoryEntry.Key.class)
public class LoginDirectoryEntry {

    public record Key(String email, long tenantId) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    private String email;
    @Id
    private long tenantId;
    private long userId;

    protected LoginDirectoryEntry() {
    }

    public LoginDirectoryEntry(String email, long tenantId, long userId) {
        this.email = email;
        this.tenantId = tenantId;
        this.userId = userId;
    }

    public String getEmail() {
        return email;
    }

    public long getTenantId() {
        return tenantId;
    }

    public long getUserId() {
        return userId;
    }
}
