package io.tradewind.customfield;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record custom fields attach to ({@code entity}) and lookups point at ({@code lookupEntity}),
 * with the JPA entity each code names. Only {@link #holdsFields()} kinds take custom fields.
 */
public enum RecordType {
    LEAD("Lead", true),
    CUSTOMER("Customer", true),
    CONTACT("Contact", true),
    OPPORTUNITY("Opportunity", true),
    USER("UserAccount", false);

    private final String jpaEntity;
    private final boolean holdsFields;

    RecordType(String jpaEntity, boolean holdsFields) {
        this.jpaEntity = jpaEntity;
        this.holdsFields = holdsFields;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String jpaEntity() {
        return jpaEntity;
    }

    public boolean holdsFields() {
        return holdsFields;
    }

    public static Optional<RecordType> byCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
