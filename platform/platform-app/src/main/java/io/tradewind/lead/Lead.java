package io.tradewind.lead;

import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A lead (线索): a person or company that may become a customer. */
@Entity
@Table(name = "lead")
public class Lead extends TenantEntity {

    private String name;
    private String companyName;
    private String phone;
    private String email;
    @Enumerated(EnumType.STRING)
    private LeadSource source;
    private String sourceDetail;
    @Enumerated(EnumType.STRING)
    private LeadStatus status = LeadStatus.NEW;
    private Long ownerId;
    private String regionCode;
    private String productLine;
    private String notes;
    @Convert(converter = StringSetConverter.class)
    private Set<String> tags = new LinkedHashSet<>();
    private String phoneKey;
    private String emailKey;
    private String companyKey;
    private Instant assignedAt;
    private Long assignmentRuleId;
    private Long createdById;
    private Long importId;
    private Long formId;
    private Instant convertedAt;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;

    protected Lead() {
    }

    public Lead(String name, LeadSource source) {
        this.name = name;
        this.source = source;
    }

    /** Keeps the duplicate-detection keys in step with the fields they come from. */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void rekey() {
        phoneKey = LeadKeys.phone(phone);
        emailKey = LeadKeys.email(email);
        companyKey = LeadKeys.company(companyName);
    }

    /**
     * What {@code persist} and the first write would set, for a lead that {@link LeadRows} inserts
     * with plain JDBC: the duplicate keys, creation and update time, and EclipseLink's first version (1).
     */
    void stampNew(Instant at) {
        rekey();
        createdAt = at;
        updatedAt = at;
        version = 1;
    }

    String phoneKey() { return phoneKey; }
    String emailKey() { return emailKey; }
    String companyKey() { return companyKey; }

    public void assignTo(Long userId, Long ruleId, Instant at) {
        this.ownerId = userId;
        this.assignmentRuleId = ruleId;
        this.assignedAt = userId == null ? null : at;
    }

    public void converted(Long customerId, Long contactId, Long opportunityId, Instant at) {
        this.customerId = customerId;
        this.contactId = contactId;
        this.opportunityId = opportunityId;
        this.convertedAt = at;
        this.status = LeadStatus.CONVERTED;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
    public String getSourceDetail() { return sourceDetail; }
    public void setSourceDetail(String sourceDetail) { this.sourceDetail = sourceDetail; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public Long getOwnerId() { return ownerId; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getProductLine() { return productLine; }
    public void setProductLine(String productLine) { this.productLine = productLine; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = new LinkedHashSet<>(tags); }
    public Instant getAssignedAt() { return assignedAt; }
    public Long getAssignmentRuleId() { return assignmentRuleId; }
    public Long getCreatedById() { return createdById; }
    public void setCreatedById(Long createdById) { this.createdById = createdById; }
    public Long getImportId() { return importId; }
    public void setImportId(Long importId) { this.importId = importId; }
    public Long getFormId() { return formId; }
    public void setFormId(Long formId) { this.formId = formId; }
    public Instant getConvertedAt() { return convertedAt; }
    public Long getCustomerId() { return customerId; }
    public Long getContactId() { return contactId; }
    public Long getOpportunityId() { return opportunityId; }
}
