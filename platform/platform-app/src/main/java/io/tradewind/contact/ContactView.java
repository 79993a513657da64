package io.tradewind.contact;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A contact as the API shows it. */
public record ContactView(String id, String customerId, String ownerId, String name, String title, String phone,
                          String mobile, String email, String wechat, LocalDate birthday, List<CareDate> careDates,
                          boolean primaryContact, String notes, List<String> tags, Instant createdAt,
                          Instant updatedAt, long version, Map<String, Object> customFields) implements Versioned {

    public static ContactView of(Contact k, List<CareDate> careDates) {
        return of(k, careDates, Map.of());
    }

    /** With its custom field values by code (CustomFields). */
    public static ContactView of(Contact k, List<CareDate> careDates, Map<String, Object> customFields) {
        return new ContactView(Ids.format(k.getId()), Ids.format(k.getCustomerId()), Ids.format(k.getOwnerId()),
                k.getName(), k.getTitle(), k.getPhone(), k.getMobile(), k.getEmail(), k.getWechat(), k.getBirthday(),
                careDates, k.isPrimaryContact(), k.getNotes(), List.copyOf(k.getTags()), k.getCreatedAt(),
                k.getUpdatedAt(), k.getVersion(), customFields);
    }
}
