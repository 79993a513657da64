package io.tradewind.tenancy;

import io.tradewind.persistence.Clock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A subscribing company. Platform-level: not filtered by tenant, written only by platform code. */
@Entity
@Table(name = "tenant")
public class Tenant {

    /** The platform's own tenant, home of the platform operators. */
    public static final long PLATFORM_ID = 1L;

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    private long id;
    private String code;
    private String name;
    private String planCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String statusReason;
    private Instant trialEndsAt;
    private String founderEmail;
    private String timeZone;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(long id, String code, String name, Plan plan, String founderEmail) {
        this.id = id;
        this.founderEmail = founderEmail;
        this.code = code;
        this.name = name;
        this.planCode = plan.getCode();
        this.status = Status.ACTIVE;
        this.trialEndsAt = plan.getTrialDays() == null ? null : Clock.now().plusSeconds(86400L * plan.getTrialDays());
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Clock.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Clock.now();
    }

    public boolean isPlatform() {
        return id == PLATFORM_ID;
    }

    public void suspend(String reason) {
        status = Status.SUSPENDED;
        statusReason = reason;
    }

    public void resume() {
        status = Status.ACTIVE;
        statusReason = null;
    }

    public void changePlan(Plan plan) {
        planCode = plan.getCode();
        if (plan.getTrialDays() == null) {
            trialEndsAt = null;
        }
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Sets the tenant's own time zone (an id {@link TenantZones#valid} accepts); {@code null} means the platform's. */
    public void changeTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPlanCode() {
        return planCode;
    }

    public Status getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getTrialEndsAt() {
        return trialEndsAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
