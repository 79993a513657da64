package io.tradewind.lead.form;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which tenant a public form key belongs to. A submission names only the key, so this is the one
 * lookup of the form flow that crosses tenants (like the login directory for e-mail addresses).
 */
@Entity
@Table(name = "lead_form_key")
public class LeadFormKey {

    @Id
    private String formKey;
    private long tenantId;
    private long formId;

    protected LeadFormKey() {
    }

    public LeadFormKey(String formKey, long tenantId, long formId) {
        this.formKey = formKey;
        this.tenantId = tenantId;
        this.formId = formId;
    }

    public String getFormKey() { return formKey; }
    public long getTenantId() { return tenantId; }
    public long getFormId() { return formId; }
}
