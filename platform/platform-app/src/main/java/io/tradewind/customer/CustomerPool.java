package io.tradewind.customer;

import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.Exporter;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The shared pool (公海): customers without an owner. Owned customers return to it by the tenant's
 * {@link PoolRules}; reps claim from it within their limit.
 */
@ApplicationScoped
public class CustomerPool {

    public static final String SETTING = "pool-rules";
    static final String NO_FOLLOW_UP = "no-follow-up";
    static final String NOT_CLOSED = "not-closed";

    @Inject
    Db db;

    @Inject
    AccountSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges changes;

    @Inject
    Outbox outbox;

    @Inject
    Visibility visibility;

    @Inject
    CustomerService customers;

    @Inject
    Exporter exporter;

    @Inject
    CustomFields customFields;

    public PoolRules rules() {
        return settings.read(SETTING, PoolRules.class, PoolRules::defaults).value();
    }

    @Transactional
    public Page<CustomerView> list(PageRequest page, CustomerFilter filter) {
        return customers.views(query(filter).page(page, order(page)));
    }

    @Transactional
    public Response export(String format, PageRequest page, CustomerFilter filter) {
        List<ExportColumn<Customer>> columns = customers.exportColumns()
                .add("pooledAt", Customer::getPooledAt).add("poolReason", Customer::getPoolReason).list();
        return exporter.export(format, "customer-pool", columns, query(filter), order(page),
                customFields.export(RecordType.CUSTOMER, Customer::getId));
    }

    /** The customer list's filters but the owner (pool customers have none), to every reader of customers. */
    private Jpql<Customer> query(CustomerFilter filter) {
        return customers.matching(filter == null ? new CustomerFilter() : filter).where("c.ownerId IS NULL", Map.of());
    }

    private static String order(PageRequest page) {
        return Sorting.orderBy(page.sort(), CustomerService.SORTS, "c.pooledAt DESC", "c.id");
    }

    /**
     * Returns to the pool every owned customer of the current tenant that the rules release at
     * {@code asOf}. The scheduled job runs it with the current time; an administrator may run it
     * for any time (to see the effect of the rules, and in tests).
     */
    @Transactional
    public SweepResult sweep(Instant asOf, AuditLog.Actor actor) {
        PoolRules rules = rules();
        List<String> returned = new ArrayList<>();
        if (!Boolean.TRUE.equals(rules.enabled())) {
            return new SweepResult(asOf, 0, returned);
        }
        Instant now = Clock.now();
        for (Customer customer : due(rules, asOf, null)) {
            String reason = reason(rules, customer);
            CustomerView before = customers.view(customer);
            customer.returnToPool(reason, now);
            customers.syncContactOwners(customer);
            CustomerView after = customers.view(customer);
            if (actor == null) {
                audit.record("customer.returned_to_pool", "customer", customer.getId(), before, after);
            } else {
                audit.record(actor, "customer.returned_to_pool", "customer", customer.getId(), before, after);
            }
            outbox.publish("customer", customer.getId(), "customer.returned_to_pool",
                    Map.of("id", after.id(), "previousOwnerId", String.valueOf(before.ownerId()), "reason", reason));
            returned.add(after.id());
        }
        db.em().flush();
        return new SweepResult(asOf, returned.size(), returned);
    }

    /** The customers of {@code ownerId} that return to the pool within {@code days} days, soonest first ("my day"). */
    @Transactional
    public List<PoolReturn> returningWithin(long ownerId, int days) {
        PoolRules rules = rules();
        if (!Boolean.TRUE.equals(rules.enabled())) {
            return List.of();
        }
        Instant horizon = Clock.now().plus(Duration.ofDays(days));
        return due(rules, horizon, ownerId).stream()
                .map(c -> new PoolReturn(Ids.format(c.getId()), c.getName(), c.getGrade(), Ids.format(c.getOwnerId()),
                        returnsAt(rules, c), reason(rules, c)))
                .sorted(Comparator.comparing(PoolReturn::returnsAt))
                .toList();
    }

    @Transactional
    public CustomerView claim(String id) {
        Customer customer = customers.require(id);
        Long caller = visibility.callerId();
        if (!customer.inPool()) {
            throw Problems.conflict("accounts.problem.customer-not-in-pool");
        }
        Integer limit = rules().maxCustomersPerRep();
        if (limit != null) {
            long owned = db.em().createQuery("SELECT COUNT(c) FROM Customer c WHERE c.ownerId = :owner", Long.class)
                    .setParameter("owner", caller).getSingleResult();
            if (owned >= limit) {
                throw Problems.conflict("accounts.problem.claim-limit", limit);
            }
        }
        CustomerView before = customers.view(customer);
        customer.assignTo(caller, Clock.now());
        customers.syncContactOwners(customer);
        db.em().flush();
        CustomerView after = customers.view(customer);
        changes.changed("customer.claimed", "customer", customer.getId(), before, after, after);
        return after;
    }

    /** The owner (or a manager who sees it) gives a customer back to the pool. */
    @Transactional
    public CustomerView release(String id, String reason) {
        Customer customer = customers.require(id);
        if (customer.inPool()) {
            throw Problems.conflict("accounts.problem.customer-in-pool");
        }
        CustomerView before = customers.view(customer);
        String why = reason == null || reason.isBlank() ? "released" : reason.strip();
        if (why.length() > 40) {
            throw Problems.invalid("reason", "validation.size", 0, 40);
        }
        customer.returnToPool(why, Clock.now());
        customers.syncContactOwners(customer);
        db.em().flush();
        CustomerView after = customers.view(customer);
        changes.changed("customer.returned_to_pool", "customer", customer.getId(), before, after,
                Map.of("id", after.id(), "previousOwnerId", String.valueOf(before.ownerId()), "reason", why));
        return after;
    }

    private List<Customer> due(PoolRules rules, Instant asOf, Long ownerId) {
        List<String> conditions = new ArrayList<>();
        if (rules.noFollowUpDays() != null) {
            conditions.add("((c.lastFollowUpAt IS NULL OR c.lastFollowUpAt < :followCut) AND c.ownedSince < :followCut)");
        }
        if (rules.notClosedDays() != null) {
            conditions.add("(c.closedAt IS NULL AND c.ownedSince < :closeCut)");
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<Customer> query = db.em().createQuery("SELECT c FROM Customer c WHERE c.ownerId IS NOT NULL"
                + (ownerId == null ? "" : " AND c.ownerId = :owner")
                + " AND (" + String.join(" OR ", conditions) + ") ORDER BY c.id", Customer.class);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        if (rules.noFollowUpDays() != null) {
            query.setParameter("followCut", asOf.minus(Duration.ofDays(rules.noFollowUpDays())));
        }
        if (rules.notClosedDays() != null) {
            query.setParameter("closeCut", asOf.minus(Duration.ofDays(rules.notClosedDays())));
        }
        return query.setMaxResults(10_000).getResultList();
    }

    private static Instant followUpDue(PoolRules rules, Customer c) {
        if (rules.noFollowUpDays() == null) {
            return null;
        }
        Instant base = c.getLastFollowUpAt() != null && c.getLastFollowUpAt().isAfter(c.getOwnedSince())
                ? c.getLastFollowUpAt() : c.getOwnedSince();
        return base.plus(Duration.ofDays(rules.noFollowUpDays()));
    }

    private static Instant closeDue(PoolRules rules, Customer c) {
        return rules.notClosedDays() == null || c.getClosedAt() != null ? null
                : c.getOwnedSince().plus(Duration.ofDays(rules.notClosedDays()));
    }

    private static Instant returnsAt(PoolRules rules, Customer c) {
        Instant follow = followUpDue(rules, c);
        Instant close = closeDue(rules, c);
        return close != null && (follow == null || close.isBefore(follow)) ? close : follow;
    }

    /** Whichever rule releases the customer first. */
    private static String reason(PoolRules rules, Customer c) {
        Instant follow = followUpDue(rules, c);
        Instant close = closeDue(rules, c);
        return close != null && (follow == null || close.isBefore(follow)) ? NOT_CLOSED : NO_FOLLOW_UP;
    }
}
