package io.tradewind.tenancy;

import io.tradewind.i18n.Messages;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subscription plan: how many seats a tenant has, and whether it is a trial. */
@Entity
@Table(name = "plan")
public class Plan {

    public static final String TRIAL = "trial";

    @Id
    private String code;
    private Integer maxUsers;
    private Integer trialDays;
    private int sortOrder;

    protected Plan() {
    }

    public String getCode() {
        return code;
    }

    /** Seats; {@code null} means unlimited. */
    public Integer getMaxUsers() {
        return maxUsers;
    }

    public Integer getTrialDays() {
        return trialDays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String displayName() {
        return Messages.get("plan." + code);
    }
}
