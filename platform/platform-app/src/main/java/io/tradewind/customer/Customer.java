package io.tradewind.customer;

import io.tradewind.persistence.Ids;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import io.tradewind.team.TeamRecord;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A customer (客户): a company with the facts the sales team screens on, its grade and why, its owner
 * and team. A customer without an owner is in the shared pool (公海).
 */
@Entity
@Table(name = "customer")
public class Customer extends TenantEntity implements TeamRecord {

    public enum Status { PROSPECT, CUSTOMER, INACTIVE }

    private String name;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PROSPECT;
    private String grade;
    private String gradeReason;
    private Instant gradedAt;
    private String regionCode;
    private String industry;
    private Integer companySize;
    private Integer yearsInBusiness;
    private Integer teamSize;
    private String needs;
    private String phone;
    private String email;
    private String address;
    private String source;
    private String customerGroup;
    private String channel;
    @Convert(converter = StringSetConverter.class)
    private Set<String> tags = new LinkedHashSet<>();
    @Convert(converter = StringSetConverter.class)
    private Set<String> memberIds = new LinkedHashSet<>();
    private Long ownerId;
    private Instant ownedSince;
    private Long previousOwnerId;
    private Instant pooledAt;
    private String poolReason;
    private Instant lastFollowUpAt;
    private Instant closedAt;
    private Instant lastPurchaseAt;
    private int purchaseCount;
    private BigDecimal purchaseAmount = BigDecimal.ZERO;

    protected Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }

    /** Gives the customer to {@code owner} (or to the pool when null) from {@code at} on. */
    public void assignTo(Long owner, Instant at) {
        if (owner != null && !owner.equals(ownerId)) {
            ownedSince = at;
        }
        this.ownerId = owner;
        if (owner != null) {
            pooledAt = null;
            poolReason = null;
        }
    }

    public void returnToPool(String reason, Instant at) {
        previousOwnerId = ownerId;
        ownerId = null;
        ownedSince = null;
        pooledAt = at;
        poolReason = reason;
    }

    public boolean inPool() {
        return ownerId == null;
    }

    public void graded(String grade, String reason, Instant at) {
        this.grade = grade;
        this.gradeReason = reason;
        this.gradedAt = at;
    }

    /** A won deal: the customer is now an existing customer with RFM values. */
    public void purchased(BigDecimal amount, Instant at) {
        status = Status.CUSTOMER;
        if (closedAt == null) {
            closedAt = at;
        }
        if (lastPurchaseAt == null || at.isAfter(lastPurchaseAt)) {
            lastPurchaseAt = at;
        }
        purchaseCount++;
        purchaseAmount = purchaseAmount.add(amount);
    }

    public void followedUp(Instant at) {
        if (lastFollowUpAt == null || at.isAfter(lastFollowUpAt)) {
            lastFollowUpAt = at;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getGrade() { return grade; }
    public String getGradeReason() { return gradeReason; }
    public Instant getGradedAt() { return gradedAt; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public Integer getCompanySize() { return companySize; }
    public void setCompanySize(Integer companySize) { this.companySize = companySize; }
    public Integer getYearsInBusiness() { return yearsInBusiness; }
    public void setYearsInBusiness(Integer yearsInBusiness) { this.yearsInBusiness = yearsInBusiness; }
    public Integer getTeamSize() { return teamSize; }
    public void setTeamSize(Integer teamSize) { this.teamSize = teamSize; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getCustomerGroup() { return customerGroup; }
    public void setCustomerGroup(String customerGroup) { this.customerGroup = customerGroup; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = new LinkedHashSet<>(tags); }
    public Set<String> getMemberIds() { return memberIds; }
    public void setMemberIds(Set<String> memberIds) { this.memberIds = new LinkedHashSet<>(memberIds); }

    @Override
    public String teamType() { return "customer"; }

    @Override
    public Long teamOwnerId() { return ownerId; }

    /** Keeps memberIds in step with the team (ADR 0137). */
    @Override
    public void teamChanged(long userId, boolean joined) {
        Set<String> ids = new LinkedHashSet<>(memberIds);
        if (joined) {
            ids.add(Ids.format(userId));
        } else {
            ids.remove(Ids.format(userId));
        }
        setMemberIds(ids);
    }
    public Long getOwnerId() { return ownerId; }
    public Instant getOwnedSince() { return ownedSince; }
    public Long getPreviousOwnerId() { return previousOwnerId; }
    public Instant getPooledAt() { return pooledAt; }
    public String getPoolReason() { return poolReason; }
    public Instant getLastFollowUpAt() { return lastFollowUpAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getLastPurchaseAt() { return lastPurchaseAt; }
    public int getPurchaseCount() { return purchaseCount; }
    public BigDecimal getPurchaseAmount() { return purchaseAmount; }
}
