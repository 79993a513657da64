package io.tradewind.customer;

import io.tradewind.audit.RecordChanges;
import io.tradewind.customfield.CustomFieldFilters;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.region.RegionDirectory;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers: create, read, list, update, delete, grade. The methods join the caller's transaction, so
 * other capabilities (lead conversion) can create a customer as part of their own work.
 */
@ApplicationScoped
public class CustomerService {

    static final Map<String, String> SORTS = Map.of("name", "c.name", "createdAt", "c.createdAt",
            "updatedAt", "c.updatedAt", "grade", "c.grade", "lastFollowUpAt", "c.lastFollowUpAt",
            "regionCode", "c.regionCode", "pooledAt", "c.pooledAt");

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    CustomerGrading grading;

    @Inject
    RegionDirectory regions;

    @Inject
    Visibility visibility;

    @Inject
    Exporter exporter;

    @Inject
    io.tradewind.team.TeamService teams;

    @Inject
    CustomFields customFields;

    @Inject
    CustomFieldFilters customFieldFilters;

    @Transactional
    public CustomerView create(CustomerRequest request) {
        Customer customer = new Customer(request.name().strip());
        customer.setIndustry(blankToNull(request.industry()));
        customer.setCompanySize(request.companySize());
        customer.setYearsInBusiness(request.yearsInBusiness());
        customer.setTeamSize(request.teamSize());
        customer.setNeeds(blankToNull(request.needs()));
        customer.setPhone(blankToNull(request.phone()));
        customer.setEmail(blankToNull(request.email()));
        customer.setAddress(blankToNull(request.address()));
        customer.setSource(blankToNull(request.source()));
        customer.setCustomerGroup(blankToNull(request.customerGroup()));
        customer.setChannel(blankToNull(request.channel()));
        customer.setRegionCode(region(request.regionCode()));
        customer.setTags(tags(request.tags()));
        customer.setMemberIds(members(request.memberIds()));
        Instant now = Clock.now();
        if (!Boolean.TRUE.equals(request.toPool())) {
            Long owner = request.ownerId() == null ? visibility.callerId() : user("ownerId", request.ownerId());
            customer.assignTo(owner, now);
            if (owner == null) {
                customer.returnToPool("created", now);
            }
        } else {
            customer.returnToPool("created", now);
        }
        if (request.grade() != null && !request.grade().isBlank()) {
            grading.manual(customer, request.grade(), request.gradeReason());
        } else {
            grading.grade(customer);
        }
        db.em().persist(customer);
        db.em().flush();
        teams.sync(customer, customer.getMemberIds());
        customFields.write(RecordType.CUSTOMER, customer.getId(), request.customFields(), null);
        CustomerView view = view(customer);
        changes.created("customer", customer.getId(), view);
        return view;
    }

    @Transactional
    public CustomerView get(String id) {
        return view(require(id));
    }

    /** The customer if the caller may see it (its owner is in the caller's data scope, or it is in the pool); else 404. */
    @Transactional
    public Customer require(String id) {
        return require(Ids.parse(id).orElseThrow(() -> Problems.notFound(Customer.class)));
    }

    @Transactional
    public Customer require(long id) {
        Customer customer = db.require(Customer.class, id);
        if (customer.inPool() || visibility.visibleWithoutQuery(customer.getOwnerId())) {
            return customer;
        }
        long visible = visibility.restrictWithTeam(Jpql.from(db.em(), Customer.class, "c").where("c.id = :id", "id", id),
                "c.ownerId", "customer", "c.id").count();
        if (visible == 0) {
            throw Problems.notFound(Customer.class);
        }
        return customer;
    }

    @Transactional
    public Page<CustomerView> list(PageRequest page, CustomerFilter filter) {
        return views(query(filter).page(page, Sorting.orderBy(page.sort(), SORTS, "c.updatedAt DESC", "c.id")));
    }

    /** The customers of a page as the API shows them, with their regions' names and custom field values. */
    Page<CustomerView> views(Page<Customer> found) {
        Instant now = Clock.now();
        Map<Long, Map<String, Object>> custom = customFields.values(RecordType.CUSTOMER,
                found.items().stream().map(Customer::getId).toList());
        return found.map(c -> CustomerView.of(c, regions.nameOf(c.getRegionCode()), now,
                custom.getOrDefault(c.getId(), Map.of())));
    }

    @Transactional
    public Response export(String format, PageRequest page, CustomerFilter filter) {
        return exporter.export(format, "customers", exportColumns().list(), query(filter),
                Sorting.orderBy(page.sort(), SORTS, "c.updatedAt DESC", "c.id"),
                customFields.export(RecordType.CUSTOMER, Customer::getId));
    }

    /** The columns of the customer list's export, which the pool's continues (custom fields come last). */
    ExportColumns<Customer> exportColumns() {
        return ExportColumns.<Customer>headed("accounts.customer.field.")
                .add("id", c -> Ids.format(c.getId())).add("name", Customer::getName)
                .add("status", c -> c.getStatus().name().toLowerCase()).add("grade", Customer::getGrade)
                .add("gradeReason", Customer::getGradeReason).add("regionCode", Customer::getRegionCode)
                .add("region", c -> regions.nameOf(c.getRegionCode())).add("industry", Customer::getIndustry)
                .add("companySize", Customer::getCompanySize).add("yearsInBusiness", Customer::getYearsInBusiness)
                .add("teamSize", Customer::getTeamSize).add("phone", Customer::getPhone).add("email", Customer::getEmail)
                .add("tags", Customer::getTags).add("ownerId", c -> Ids.format(c.getOwnerId()))
                .add("lastFollowUpAt", Customer::getLastFollowUpAt).add("createdAt", Customer::getCreatedAt);
    }

    private Jpql<Customer> query(CustomerFilter filter) {
        CustomerFilter f = filter == null ? new CustomerFilter() : filter;
        Long owner = Params.owner(f.ownerId, visibility.callerId());
        Jpql<Customer> query = matching(f).where("c.ownerId = :owner", "owner", owner);
        return visibility.restrictWithTeam(query, "c.ownerId", "customer", "c.id");
    }

    /** The customers matching every filter but the owner, in any data scope: the list's and the pool's filters. */
    Jpql<Customer> matching(CustomerFilter f) {
        Jpql<Customer> query = Jpql.from(db.em(), Customer.class, "c")
                .where("c.status = :status", "status", Params.enumValue("status", Customer.Status.class, f.status))
                .where("c.grade = :grade", "grade", gradeParam(f.grade))
                .where("c.regionCode LIKE :region", "region", f.regionCode == null || f.regionCode.isBlank() ? null
                        : Jpql.escapeLike(f.regionCode.strip()) + "%")
                .where("c.tags LIKE :tag", "tag", StringSetConverter.filter(f.tag))
                .where("c.industry = :industry", "industry", blankToNull(f.industry))
                .where("c.createdAt >= :createdFrom", "createdFrom", Params.instant("createdFrom", f.createdFrom))
                .where("c.createdAt < :createdTo", "createdTo", Params.instant("createdTo", f.createdTo))
                .where("(c.lastFollowUpAt IS NULL OR c.lastFollowUpAt < :followUpBefore)", "followUpBefore",
                        Params.instant("lastFollowUpBefore", f.lastFollowUpBefore))
                .search(f.q, "c.name", "c.phone", "c.email", "c.industry", "c.needs");
        return customFieldFilters.apply(query, RecordType.CUSTOMER, "c.id");
    }

    @Transactional
    public CustomerView update(String id, String ifMatch, JsonObject body) {
        Customer customer = require(id);
        teams.requireWritable(customer);
        Etags.require(ifMatch, customer.getVersion());
        CustomerView before = view(customer);
        String[] manualGrade = {null, null};
        Patch.of(body, "name", "grade", "gradeReason", "regionCode", "industry", "companySize", "yearsInBusiness",
                        "teamSize", "needs", "phone", "email", "address", "source", "customerGroup", "channel", "tags",
                        "memberIds", "ownerId", "status", "customFields")
                .text("name", 200, customer::setName)
                .optionalText("grade", 1, g -> manualGrade[0] = g)
                .optionalText("gradeReason", 500, r -> manualGrade[1] = r)
                .optionalText("regionCode", 12, code -> customer.setRegionCode(region(code)))
                .optionalText("industry", 100, customer::setIndustry)
                .integer("companySize", 0, 10_000_000, customer::setCompanySize)
                .integer("yearsInBusiness", 0, 1000, customer::setYearsInBusiness)
                .integer("teamSize", 0, 1_000_000, customer::setTeamSize)
                .optionalText("needs", 2000, customer::setNeeds)
                .optionalText("phone", 40, customer::setPhone)
                .optionalText("email", 254, customer::setEmail)
                .optionalText("address", 300, customer::setAddress)
                .optionalText("source", 40, customer::setSource)
                .optionalText("customerGroup", 40, customer::setCustomerGroup)
                .optionalText("channel", 40, customer::setChannel)
                .strings("tags", t -> customer.setTags(tags(List.copyOf(t))))
                .strings("memberIds", m -> {
                    customer.setMemberIds(members(List.copyOf(m)));
                    teams.sync(customer, customer.getMemberIds());
                })
                .id("ownerId", false, owner -> customer.assignTo(user("ownerId", Ids.format(owner)), Clock.now()))
                .enumValue("status", Customer.Status.class, customer::setStatus)
                .apply();
        if (manualGrade[0] != null) {
            if (!manualGrade[0].matches("[ABCabc]")) {
                throw Problems.invalid("grade", "validation.one-of", "A, B, C");
            }
            grading.manual(customer, manualGrade[0], manualGrade[1]);
        } else if (!body.containsKey("grade") && gradingInputChanged(body)) {
            grading.grade(customer);
        }
        customFields.write(RecordType.CUSTOMER, customer.getId(), body.get("customFields"), customer);
        db.em().flush();
        CustomerView after = view(customer);
        changes.updated("customer", customer.getId(), before, after);
        if (!java.util.Objects.equals(before.ownerId(), after.ownerId())) {
            syncContactOwners(customer);
        }
        return after;
    }

    /** Re-applies the tenant's grading rules and records the reason. */
    @Transactional
    public CustomerView regrade(String id) {
        Customer customer = require(id);
        CustomerView before = view(customer);
        CustomerGrading.Grade grade = grading.grade(customer);
        db.em().flush();
        CustomerView after = view(customer);
        changes.changed("customer.graded", "customer", customer.getId(), before, after, Map.of("id", after.id(),
                "grade", grade.grade(), "reason", grade.reason()));
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Customer customer = require(id);
        teams.requireWritable(customer);
        Etags.require(ifMatch, customer.getVersion());
        long opportunities = db.em().createQuery("SELECT COUNT(o) FROM Opportunity o WHERE o.customerId = :id", Long.class)
                .setParameter("id", customer.getId()).getSingleResult();
        if (opportunities > 0) {
            throw Problems.conflict("accounts.problem.customer-has-opportunities");
        }
        CustomerView before = view(customer);
        customFields.deleteValues(db.em().createQuery("SELECT k.id FROM Contact k WHERE k.customerId = :id", Long.class)
                .setParameter("id", customer.getId()).getResultList());
        customFields.deleteValues(customer.getId());
        db.em().createQuery("DELETE FROM Contact k WHERE k.customerId = :id").setParameter("id", customer.getId())
                .executeUpdate();
        teams.removeAll(customer);
        db.em().remove(customer);
        changes.deleted("customer", customer.getId(), before);
    }

    /**
     * Records a follow-up (an activity) on the customer at {@code at}; the pool rules count from the
     * latest one. For the activities capability, inside its transaction.
     */
    @Transactional
    public void recordFollowUp(long customerId, Instant at) {
        db.find(Customer.class, customerId).ifPresent(c -> c.followedUp(at));
    }

    public CustomerView view(Customer customer) {
        return CustomerView.of(customer, regions.nameOf(customer.getRegionCode()), Clock.now(),
                customFields.values(RecordType.CUSTOMER, customer.getId()));
    }

    public void syncContactOwners(Customer customer) {
        db.em().createQuery("UPDATE Contact k SET k.ownerId = :owner WHERE k.customerId = :id")
                .setParameter("owner", customer.getOwnerId()).setParameter("id", customer.getId()).executeUpdate();
    }

    private boolean gradingInputChanged(JsonObject body) {
        return List.of("companySize", "yearsInBusiness", "teamSize", "regionCode", "industry", "tags").stream()
                .anyMatch(body::containsKey);
    }

    private String region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!regions.exists(code.strip())) {
            throw Problems.invalid("regionCode", "accounts.validation.region.unknown", code);
        }
        return code.strip();
    }

    Long user(String field, String id) {
        return Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed)).map(UserAccount::getId)
                .orElseThrow(() -> Problems.invalid(field, "validation.user.unknown"));
    }

    private Set<String> members(List<String> ids) {
        Set<String> members = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> members.add(Ids.format(user("memberIds", id))));
        }
        return members;
    }

    public static Set<String> tags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag == null || tag.isBlank() || tag.contains(",") || tag.strip().length() > 40) {
                    throw Problems.invalid("tags", "accounts.validation.tag");
                }
                clean.add(tag.strip());
            }
        }
        if (clean.size() > 20) {
            throw Problems.invalid("tags", "validation.size", 0, 20);
        }
        return clean;
    }

    private static String gradeParam(String grade) {
        if (grade == null || grade.isBlank()) {
            return null;
        }
        if (!grade.strip().matches("[ABCabc]")) {
            throw Problems.invalid("grade", "validation.one-of", "A, B, C");
        }
        return grade.strip().toUpperCase();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
