package io.tradewind.team;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A user on the team of a record (a customer or an opportunity) besides its owner. */
@Entity
@Table(name = "team_member")
public class TeamMember extends TenantEntity {

    private String recordType;
    private long recordId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private TeamAccess access;
    private Long addedById;

    protected TeamMember() {
    }

    public TeamMember(String recordType, long recordId, long userId, TeamAccess access, Long addedById) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.userId = userId;
        this.access = access;
        this.addedById = addedById;
    }

    public void setAccess(TeamAccess access) { this.access = access; }

    public String getRecordType() { return recordType; }
    public long getRecordId() { return recordId; }
    public long getUserId() { return userId; }
    public TeamAccess getAccess() { return access; }
    public Long getAddedById() { return addedById; }
}
