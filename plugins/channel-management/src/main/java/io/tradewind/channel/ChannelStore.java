package io.tradewind.channel;

import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.api.data.CustomObjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugin's data, kept in the tenant's custom objects (declared in {@link ChannelDataModel}); the
 * host scopes every call to the current tenant. Lists and nested values are stored as JSON text.
 */
final class ChannelStore {

    static final String CHANNEL_TYPE = "cm_channel_type";
    static final String PARTNER = "cm_partner";
    static final String CRITERION = "cm_criterion";
    static final String REGISTRATION = "cm_registration";
    static final String CONFLICT = "cm_conflict";
    static final String ACTIVITY = "cm_activity";

    private static final int PAGE = 200;

    private final Supplier<CustomObjects> objects;

    /** Asks the context for the service only when data is touched, so data-free routes work without it. */
    ChannelStore(Supplier<CustomObjects> objects) {
        this.objects = objects;
    }

    List<CustomObjectRecord> all(String object) {
        List<CustomObjectRecord> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<CustomObjectRecord> page = objects.get().list(object, after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    Optional<CustomObjectRecord> find(String object, long id) {
        return objects.get().find(object, id);
    }

    CustomObjectRecord create(String object, Map<String, Object> values) {
        return objects.get().create(object, values);
    }

    Optional<CustomObjectRecord> update(String object, long id, Map<String, Object> values) {
        return objects.get().update(object, id, values);
    }

    boolean delete(String object, long id) {
        return objects.get().delete(object, id);
    }

    // ---- partners

    List<Partner> partners() {
        return all(PARTNER).stream().map(ChannelStore::partner).toList();
    }

    Optional<Partner> partner(long id) {
        return find(PARTNER, id).map(ChannelStore::partner);
    }

    static Partner partner(CustomObjectRecord record) {
        Map<String, Object> v = record.values();
        Map<String, Object> a = Values.object(v.get("agreement"));
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Values.object(v.get("ratings")).forEach((k, r) -> ratings.put(k, Values.decimal(r).intValue()));
        return new Partner(record.id(), Values.text(v, "name"), Values.text(v, "type"), Values.text(v, "tier"),
                OnboardingStatus.of(Values.text(v, "status")), Values.strings(v.get("regions")),
                Values.strings(v.get("product_lines")), Values.id(v.get("owner_user_id")),
                Values.id(v.get("department_id")), Values.objects(v.get("contacts")), agreement(a), ratings);
    }

    static Agreement agreement(Map<String, Object> a) {
        return new Agreement(Values.text(a, "startsOn"), Values.text(a, "endsOn"), Values.decimal(a.get("salesTarget")),
                Values.decimal(a.get("maxDiscountPercent")), Values.decimal(a.get("rebatePercent")),
                Values.flag(a.get("exclusive")));
    }

    static Map<String, Object> agreementJson(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startsOn", a.startsOn());
        m.put("endsOn", a.endsOn());
        m.put("salesTarget", a.salesTarget());
        m.put("maxDiscountPercent", a.maxDiscountPercent());
        m.put("rebatePercent", a.rebatePercent());
        m.put("exclusive", a.exclusive());
        return m;
    }

    static Map<String, Object> partnerValues(Partner p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", p.name());
        v.put("type", p.type());
        v.put("tier", p.tier());
        v.put("status", p.status().code());
        v.put("regions", Json.write(p.regions()));
        v.put("product_lines", Json.write(p.productLines()));
        v.put("owner_user_id", p.ownerUserId());
        v.put("department_id", p.departmentId());
        v.put("contacts", Json.write(p.contacts()));
        v.put("agreement", Json.write(agreementJson(p.agreement())));
        v.put("ratings", Json.write(p.ratings()));
        return v;
    }

    // ---- criteria

    List<Criterion> criteria() {
        return all(CRITERION).stream().map(r -> new Criterion(Values.text(r.values(), "code"),
                Values.text(r.values(), "name"), Values.decimal(r.values().get("weight")).intValue())).toList();
    }

    void replaceCriteria(List<Criterion> criteria) {
        all(CRITERION).forEach(r -> delete(CRITERION, r.id()));
        for (Criterion c : criteria) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("code", c.code());
            v.put("name", c.name());
            v.put("weight", c.weight());
            create(CRITERION, v);
        }
    }

    // ---- registrations

    List<Registration> registrations() {
        return all(REGISTRATION).stream().map(ChannelStore::registration).toList();
    }

    Optional<Registration> registration(long id) {
        return find(REGISTRATION, id).map(ChannelStore::registration);
    }

    static Registration registration(CustomObjectRecord r) {
        Map<String, Object> v = r.values();
        return new Registration(r.id(), Values.id(v.get("partner_id")), Values.text(v, "customer"),
                Values.text(v, "region"), Values.text(v, "product_line"), Values.decimal(v.get("price")),
                Values.decimal(v.get("list_price")), Values.decimal(v.get("amount")),
                Registration.Status.of(Values.text(v, "status")), Values.text(v, "registered_at"));
    }

    static Map<String, Object> registrationValues(Registration r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("partner_id", r.partnerId());
        v.put("customer", r.customer());
        v.put("region", r.region());
        v.put("product_line", r.productLine());
        v.put("price", r.price());
        v.put("list_price", r.listPrice());
        v.put("amount", r.amount());
        v.put("status", r.status().code());
        v.put("registered_at", r.registeredAt());
        return v;
    }

    static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
