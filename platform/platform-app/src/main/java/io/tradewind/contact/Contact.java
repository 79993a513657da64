package io.tradewind.contact;

import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person at a customer (联系人). Its owner follows the customer's, so data scopes apply without a
 * join; its birthday and care dates (JSON) feed the care reminders.
 */
@Entity
@Table(name = "contact")
public class Contact extends TenantEntity {

    private Long customerId;
    private Long ownerId;
    private String name;
    private String title;
    private String phone;
    private String mobile;
    private String email;
    private String wechat;
    private LocalDate birthday;
    private String careDates;
    private boolean primaryContact;
    private String notes;
    @Convert(converter = StringSetConverter.class)
    private Set<String> tags = new LinkedHashSet<>();

    protected Contact() {
    }

    public Contact(String name) {
        this.name = name;
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWechat() { return wechat; }
    public void setWechat(String wechat) { this.wechat = wechat; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public String getCareDates() { return careDates; }
    public void setCareDates(String careDates) { this.careDates = careDates; }
    public boolean isPrimaryContact() { return primaryContact; }
    public void setPrimaryContact(boolean primaryContact) { this.primaryContact = primaryContact; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = new LinkedHashSet<>(tags); }
}
