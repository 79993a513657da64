package io.tradewind.user;

import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person who signs in to a tenant. Disabled users keep their records but cannot sign in. */
@Entity(name = "UserAccount")
@Table(name = "app_user")
public class UserAccount extends TenantEntity {

    public enum Status { INVITED, ACTIVE, DISABLED }

    private String email;
    private String name;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Convert(converter = StringSetConverter.class)
    private Set<String> roleCodes = new LinkedHashSet<>();
    /** The same column as written, for {@code LIKE} queries on role membership. */
    @Column(name = "role_codes", insertable = false, updatable = false)
    private String roleCodesColumn;
    private Long departmentId;
    private String locale;
    private String phone;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private String externalId;

    protected UserAccount() {
    }

    public UserAccount(String email, String name, Set<String> roleCodes, Long departmentId, Status status) {
        this.email = email;
        this.name = name;
        this.roleCodes = new LinkedHashSet<>(roleCodes);
        this.departmentId = departmentId;
        this.status = status;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; after {@code maxFailures} in a row the account locks for {@code lockFor} seconds. */
    public void recordFailedLogin(int maxFailures, long lockForSeconds, Instant now) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plusSeconds(lockForSeconds);
            failedLogins = 0;
        }
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void setPassword(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public void setStatusInvited() {
        status = Status.INVITED;
    }

    public void disable() {
        status = Status.DISABLED;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Status getStatus() {
        return status;
    }

    public Set<String> getRoleCodes() {
        return Set.copyOf(roleCodes);
    }

    public void setRoleCodes(Set<String> roleCodes) {
        this.roleCodes = new LinkedHashSet<>(roleCodes);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }
}
