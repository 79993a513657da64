package io.tradewind.lead.form;

import io.tradewind.lead.LeadSource;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A web-to-lead form a tenant embeds on its site. The public key names it in the submission URL;
 * the secret signs the fill tokens that prove a visitor spent at least {@code minFillSeconds} on it.
 */
@Entity
@Table(name = "lead_form")
public class LeadForm extends TenantEntity {

    private String name;
    private String formKey;
    private String secret;
    @Enumerated(EnumType.STRING)
    private LeadSource source = LeadSource.WEBSITE;
    private boolean enabled = true;
    private int ratePerMinute = 30;
    private int minFillSeconds = 3;
    private Long ownerId;
    private long submissions;

    protected LeadForm() {
    }

    public LeadForm(String name, String formKey, String secret) {
        this.name = name;
        this.formKey = formKey;
        this.secret = secret;
    }

    public void submitted() {
        submissions++;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFormKey() { return formKey; }
    public String getSecret() { return secret; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getRatePerMinute() { return ratePerMinute; }
    public void setRatePerMinute(int ratePerMinute) { this.ratePerMinute = ratePerMinute; }
    public int getMinFillSeconds() { return minFillSeconds; }
    public void setMinFillSeconds(int minFillSeconds) { this.minFillSeconds = minFillSeconds; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public long getSubmissions() { return submissions; }
}
