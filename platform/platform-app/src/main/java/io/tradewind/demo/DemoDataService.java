package io.tradewind.demo;

import io.tradewind.access.Caller;
import io.tradewind.activity.ActivityRequest;
import io.tradewind.activity.ActivityService;
import io.tradewind.audit.RecordChanges;
import io.tradewind.contact.ContactRequest;
import io.tradewind.contact.ContactService;
import io.tradewind.customer.CustomerRequest;
import io.tradewind.customer.CustomerService;
import io.tradewind.department.DepartmentRequest;
import io.tradewind.department.DepartmentService;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.lead.InquiryRequest;
import io.tradewind.lead.LeadRequest;
import io.tradewind.lead.LeadService;
import io.tradewind.lead.handover.HandoverRequest;
import io.tradewind.lead.handover.HandoverService;
import io.tradewind.opportunity.OpportunityRequest;
import io.tradewind.opportunity.OpportunityService;
import io.tradewind.opportunity.OpportunityStage;
import io.tradewind.opportunity.StageService;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.product.PriceListService;
import io.tradewind.product.ProductRequests;
import io.tradewind.product.ProductService;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills an empty tenant with the demo data of a medical-device distributor (ADR 0138), through the
 * same services the API uses, so assignment, grading, reminders, audit and events apply. Dates are
 * relative to today; records are spread over the tenant's active sales users.
 */
@ApplicationScoped
public class DemoDataService {

    static final String RESOURCE = "demo/medical-distributor.zh-CN.json";
    private static final Set<String> SELLING_ROLES = Set.of("tenant-admin", "sales-manager", "sales-rep");

    @Inject Db db;
    @Inject DepartmentService departments;
    @Inject ProductService products;
    @Inject PriceListService priceLists;
    @Inject CustomerService customers;
    @Inject ContactService contacts;
    @Inject ActivityService activities;
    @Inject OpportunityService opportunities;
    @Inject StageService stages;
    @Inject LeadService leads;
    @Inject HandoverService handovers;
    @Inject BusinessCalendar calendar;
    @Inject RecordChanges changes;

    @Transactional
    public DemoSummary load(Caller caller) {
        if (hasBusinessData()) {
            throw Problems.conflict("demo.problem.not-empty");
        }
        JsonObject demo = read();
        Instant now = Clock.now();
        LocalDate today = calendar.dayOf(now);
        List<Long> owners = sellers(caller);
        int[] count = new int[13];

        for (JsonObject d : objects(demo, "departments")) {
            departments.create(new DepartmentRequest(d.getString("name"), null, null, null));
            count[0]++;
        }
        Map<String, String> categoryIds = new HashMap<>();
        for (JsonObject c : objects(demo, "categories")) {
            categoryIds.put(c.getString("name"), products.createCategory(new ProductRequests.CategoryRequest(c.getString("name"), null)).id());
        }
        Map<String, String> productIds = new HashMap<>();
        for (JsonObject p : objects(demo, "products")) {
            productIds.put(p.getString("code"), products.create(new ProductRequests.ProductRequest(p.getString("code"),
                    p.getString("name"), categoryIds.get(p.getString("category")), p.getString("unit"),
                    new BigDecimal(p.getString("listPrice")), true, null)).id());
            count[1]++;
        }
        for (JsonObject l : objects(demo, "priceLists")) {
            List<ProductRequests.ItemRequest> items = objects(l, "items").stream().map(i -> new ProductRequests.ItemRequest(
                    productIds.get(i.getString("product")), new BigDecimal(i.getString("price")))).toList();
            priceLists.create(new ProductRequests.PriceListRequest(l.getString("name"), l.getString("customerGroup"),
                    l.getString("channel"), today.minusDays(l.getInt("validFromDaysAgo")), today.plusDays(l.getInt("validInDays")), items));
            count[2]++;
        }

        List<String> customerIds = new ArrayList<>();
        List<List<String>> contactIds = new ArrayList<>();
        int i = 0;
        for (JsonObject c : objects(demo, "customers")) {
            String owner = Ids.format(owners.get(i++ % owners.size()));
            String customer = customers.create(new CustomerRequest(c.getString("name"), c.getString("grade"),
                    c.getString("gradeReason"), c.getString("regionCode"), c.getString("industry"), c.getInt("companySize"),
                    c.getInt("yearsInBusiness"), c.getInt("teamSize"), c.getString("needs"), c.getString("phone"), null, null,
                    c.getString("source"), c.getString("customerGroup"), c.getString("channel"), strings(c, "tags"), owner,
                    null, null)).id();
            customerIds.add(customer);
            count[3]++;
            List<String> ofCustomer = new ArrayList<>();
            for (JsonObject k : objects(c, "contacts")) {
                MonthDay birthday = MonthDay.from(today.plusDays(k.getInt("birthdayInDays")));
                LocalDate born = birthday.isValidYear(k.getInt("birthYear")) ? birthday.atYear(k.getInt("birthYear"))
                        : LocalDate.of(k.getInt("birthYear"), 2, 28);
                ofCustomer.add(contacts.create(new ContactRequest(k.getString("name"), customer, k.getString("title"), null,
                        k.getString("mobile"), null, null, born, null, k.getBoolean("primary", false), null, null)).id());
                count[4]++;
            }
            contactIds.add(ofCustomer);
            for (JsonObject a : objects(c, "activities")) {
                String contact = a.containsKey("contact") ? ofCustomer.get(a.getInt("contact")) : null;
                activities.create(caller, new ActivityRequest(a.getString("type"), a.getString("subject"),
                        a.getString("notes", null), now.minus(Duration.ofDays(a.getInt("daysAgo"))).toString(),
                        a.containsKey("durationMinutes") ? a.getInt("durationMinutes") : null, null,
                        contact == null ? customer : null, contact, null, a.getString("materials", null),
                        a.getString("nextStep", null),
                        a.containsKey("nextStepInHours") ? nextStepDue(now, a.getInt("nextStepInHours")) : null,
                        owner));
                count[5]++;
            }
        }

        List<OpportunityStage> pipeline = stages.stages();
        List<OpportunityStage> open = pipeline.stream().filter(s -> s.getKind() == OpportunityStage.Kind.OPEN).toList();
        OpportunityStage won = pipeline.stream().filter(s -> s.getKind() == OpportunityStage.Kind.WON).findFirst().orElseThrow();
        OpportunityStage lost = pipeline.stream().filter(s -> s.getKind() == OpportunityStage.Kind.LOST).findFirst().orElseThrow();
        for (JsonObject o : objects(demo, "opportunities")) {
            int c = o.getInt("customer");
            String customer = customerIds.get(c);
            String owner = customers.get(customer).ownerId();
            List<OpportunityRequest.Line> lines = objects(o, "lines").stream().map(l -> new OpportunityRequest.Line(
                    productIds.get(l.getString("product")), new BigDecimal(l.getString("quantity")), null)).toList();
            String id = opportunities.create(new OpportunityRequest(o.getString("name"), customer, null,
                    today.plusDays(o.getInt("closeInDays")), contactIds.get(c).isEmpty() ? null : contactIds.get(c).get(0),
                    owner, null, lines, null, null, null)).id();
            count[6]++;
            boolean closedWon = o.getBoolean("won", false);
            boolean closedLost = o.getBoolean("lost", false);
            int target = closedWon ? open.size() - 1 : closedLost ? 1 : Math.min(o.getInt("stage", 0), open.size() - 1);
            for (int s = 1; s <= target; s++) {
                move(id, open.get(s), null);
            }
            if (closedWon) {
                move(id, won, o.getString("reason", null));
                count[7]++;
            } else if (closedLost) {
                move(id, lost, o.getString("reason", null));
                count[8]++;
            }
        }

        List<String> handedOver = new ArrayList<>();
        i = 0;
        for (JsonObject l : objects(demo, "leads")) {
            String owner = Ids.format(owners.get(i++ % owners.size()));
            String lead = leads.create(caller, new LeadRequest(l.getString("name"), l.getString("companyName", null),
                    l.getString("phone", null), null, l.getString("source"), null, owner, l.getString("regionCode", null),
                    l.getString("productLine", null), l.getString("notes", null))).id();
            count[9]++;
            for (JsonObject q : objects(l, "inquiries")) {
                Instant at = now.minus(Duration.ofHours(q.getInt("hoursAgo")));
                if (!calendar.dayOf(at).equals(today)) {
                    at = today.atStartOfDay(calendar.zone()).toInstant().plusSeconds(60);
                }
                leads.logInquiry(caller, lead, new InquiryRequest(q.getString("channel"), q.getString("summary"), at.toString()));
                count[10]++;
            }
            if (l.getBoolean("handover", false)) {
                handedOver.add(lead);
            }
        }
        Long head = salesHead(caller);
        if (head != null && !handedOver.isEmpty()) {
            handovers.create(caller, new HandoverRequest(Ids.format(head), handedOver, demo.getString("handoverNote"), null));
            count[11]++;
        }
        count[12] = owners.size();

        DemoSummary summary = new DemoSummary(count[0], count[1], count[2], count[3], count[4], count[5], count[6], count[7],
                count[8], count[9], count[10], count[11], count[12]);
        changes.changed("demo.loaded", "tenant", caller.tenantId(), null, summary, summary);
        return summary;
    }

    /** In so many hours; 0 is "due now" (a minute on), so the demo's "my day" has a follow-up due. */
    private static String nextStepDue(Instant now, int hours) {
        return (hours == 0 ? now.plusSeconds(60) : now.plus(Duration.ofHours(hours))).toString();
    }

    private void move(String opportunityId, OpportunityStage stage, String reason) {
        JsonArrayBuilder checked = Json.createArrayBuilder();
        stage.entryChecklist().forEach(checked::add);
        var body = Json.createObjectBuilder().add("stageId", Ids.format(stage.getId())).add("checkedItems", checked);
        if (reason != null) {
            body.add("reason", reason);
        }
        opportunities.move(opportunityId, body.build());
    }

    /** Leads, customers, opportunities, products or follow-ups make a tenant not new. */
    private boolean hasBusinessData() {
        for (String entity : List.of("Lead", "Customer", "Opportunity", "Product", "Activity")) {
            long rows = db.em().createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
            if (rows > 0) {
                return true;
            }
        }
        return false;
    }

    /** The active users who sell (admins, sales managers, reps), the caller first. */
    private List<Long> sellers(Caller caller) {
        List<Long> sellers = new ArrayList<>();
        sellers.add(caller.userId());
        for (UserAccount user : activeUsers()) {
            if (user.getId() != caller.userId() && user.getRoleCodes().stream().anyMatch(SELLING_ROLES::contains)) {
                sellers.add(user.getId());
            }
        }
        return sellers;
    }

    /** Who receives the hand-over: an active sales manager other than the caller; none, no hand-over. */
    private Long salesHead(Caller caller) {
        return activeUsers().stream().filter(u -> u.getId() != caller.userId() && u.getRoleCodes().contains("sales-manager"))
                .map(UserAccount::getId).findFirst().orElse(null);
    }

    private List<UserAccount> activeUsers() {
        return db.em().createQuery("SELECT u FROM UserAccount u WHERE u.status = :active ORDER BY u.id", UserAccount.class)
                .setParameter("active", UserAccount.Status.ACTIVE).getResultList();
    }

    static JsonObject read() {
        try (InputStream in = DemoDataService.class.getClassLoader().getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String field) {
        JsonArray array = parent.getJsonArray(field);
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject parent, String field) {
        JsonArray array = parent.getJsonArray(field);
        return array == null ? List.of() : array.getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }
}
