package io.tradewind.customer;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the tenant's account settings (grading rules, pool rules) as a JSON document. */
@Entity
@Table(name = "account_setting")
public class AccountSetting extends TenantEntity {

    private String name;
    private String document;

    protected AccountSetting() {
    }

    public AccountSetting(String name, String document) {
        this.name = name;
        this.document = document;
    }

    public String getName() {
        return name;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
