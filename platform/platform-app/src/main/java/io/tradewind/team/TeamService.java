package io.tradewind.team;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScopes;
import io.tradewind.audit.AuditLog;
import io.tradewind.customer.Customer;
import io.tradewind.customer.CustomerService;
import io.tradewind.customer.Visibility;
import io.tradewind.lead.Requests;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Customer teams (ADR 0137): besides the owner, users added as read-only or read-write members see
 * the customer whatever their data scope, and read-write members may edit it. Only callers who see
 * the customer through its owner (not through a membership) manage the team.
 */
@ApplicationScoped
public class TeamService {

    public static final String CUSTOMER = "customer";

    @Inject
    Db db;

    @Inject
    CustomerService customers;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Validator validator;

    /** A change of the team: the member and whether they are new. */
    public record Change(TeamMemberView member, boolean added) {
    }

    @Transactional
    public List<TeamMemberView> list(String customerId) {
        Customer customer = customers.require(customerId);
        return views(members(CUSTOMER, customer.getId()));
    }

    @Transactional
    public Change put(String customerId, TeamMemberRequest request) {
        Customer customer = customers.require(customerId);
        requireManager(customer);
        Requests.validate(validator, request);
        long userId = activeUser(request.userId());
        if (customer.getOwnerId() != null && customer.getOwnerId() == userId) {
            throw Problems.invalid("userId", "team.validation.owner");
        }
        TeamAccess access = Optional.ofNullable(Params.enumValue("access", TeamAccess.class, request.access()))
                .orElse(TeamAccess.READ_WRITE);
        Optional<TeamMember> existing = member(CUSTOMER, customer.getId(), userId);
        TeamMember member = existing.orElseGet(() -> new TeamMember(CUSTOMER, customer.getId(), userId, access,
                visibility.callerId()));
        TeamMemberView before = existing.map(m -> TeamMemberView.of(m, nameOf(userId))).orElse(null);
        if (existing.isPresent()) {
            member.setAccess(access);
        } else {
            db.em().persist(member);
            Set<String> ids = new LinkedHashSet<>(customer.getMemberIds());
            ids.add(Ids.format(userId));
            customer.setMemberIds(ids);
        }
        db.em().flush();
        TeamMemberView after = TeamMemberView.of(member, nameOf(userId));
        String action = existing.isPresent() ? "customer.team-member-changed" : "customer.team-member-added";
        audit.record(action, CUSTOMER, customer.getId(), before, after);
        outbox.publish(CUSTOMER, customer.getId(), action, Map.of("customerId", Ids.format(customer.getId()), "member", after));
        return new Change(after, existing.isEmpty());
    }

    @Transactional
    public void remove(String customerId, String userId) {
        Customer customer = customers.require(customerId);
        requireManager(customer);
        Long user = Ids.parse(userId).orElseThrow(() -> Problems.notFound(TeamMember.class));
        TeamMember member = member(CUSTOMER, customer.getId(), user).orElseThrow(() -> Problems.notFound(TeamMember.class));
        TeamMemberView before = TeamMemberView.of(member, nameOf(user));
        db.em().remove(member);
        Set<String> ids = new LinkedHashSet<>(customer.getMemberIds());
        ids.remove(Ids.format(user));
        customer.setMemberIds(ids);
        db.em().flush();
        audit.record("customer.team-member-removed", CUSTOMER, customer.getId(), before, null);
        outbox.publish(CUSTOMER, customer.getId(), "customer.team-member-removed",
                Map.of("customerId", Ids.format(customer.getId()), "member", before));
    }

    /**
     * Makes the team match {@code memberIds} (the customer's memberIds field): new ids join as
     * read-write members, ids no longer listed leave. Called when a customer is created or patched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sync(Customer customer) {
        Set<Long> wanted = customer.getMemberIds().stream().map(id -> Ids.parse(id).orElse(null))
                .filter(id -> id != null && !id.equals(customer.getOwnerId())).collect(Collectors.toSet());
        Map<Long, TeamMember> current = members(CUSTOMER, customer.getId()).stream()
                .collect(Collectors.toMap(TeamMember::getUserId, Function.identity()));
        for (Long id : wanted) {
            if (!current.containsKey(id)) {
                db.em().persist(new TeamMember(CUSTOMER, customer.getId(), id, TeamAccess.READ_WRITE, visibility.callerId()));
            }
        }
        current.values().stream().filter(m -> !wanted.contains(m.getUserId())).forEach(db.em()::remove);
    }

    /** Refuses (403) an edit by a caller who sees the customer only as a read-only team member. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritable(Customer customer) {
        Optional<Caller> caller = visibility.caller();
        if (caller.isEmpty() || customer.inPool() || seesThroughOwner(caller.get(), customer)) {
            return;
        }
        boolean writer = member(CUSTOMER, customer.getId(), caller.get().userId())
                .map(m -> m.getAccess() == TeamAccess.READ_WRITE).orElse(false);
        if (!writer) {
            throw Problems.forbidden();
        }
    }

    /** {@link #requireWritable(Customer)} for a record of a customer (a contact); nothing without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritableCustomer(Long customerId) {
        if (customerId != null) {
            db.find(Customer.class, customerId).ifPresent(this::requireWritable);
        }
    }

    private void requireManager(Customer customer) {
        Optional<Caller> caller = visibility.caller();
        if (caller.isPresent() && !customer.inPool() && !seesThroughOwner(caller.get(), customer)) {
            throw Problems.forbidden();
        }
    }

    private boolean seesThroughOwner(Caller caller, Customer customer) {
        return DataScopes.restrict(Jpql.from(db.em(), Customer.class, "c").where("c.id = :id", "id", customer.getId()),
                caller, "c.ownerId").count() > 0;
    }

    private List<TeamMember> members(String type, long recordId) {
        return db.em().createQuery("SELECT m FROM TeamMember m WHERE m.recordType = :type AND m.recordId = :record "
                        + "ORDER BY m.createdAt, m.id", TeamMember.class)
                .setParameter("type", type).setParameter("record", recordId).getResultList();
    }

    private Optional<TeamMember> member(String type, long recordId, long userId) {
        return db.em().createQuery("SELECT m FROM TeamMember m WHERE m.recordType = :type AND m.recordId = :record "
                        + "AND m.userId = :user", TeamMember.class)
                .setParameter("type", type).setParameter("record", recordId).setParameter("user", userId)
                .getResultList().stream().findFirst();
    }

    private List<TeamMemberView> views(List<TeamMember> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = db.em().createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                .setParameter("ids", members.stream().map(TeamMember::getUserId).toList()).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getName));
        return members.stream().map(m -> TeamMemberView.of(m, names.get(m.getUserId()))).toList();
    }

    private String nameOf(long userId) {
        return db.find(UserAccount.class, userId).map(UserAccount::getName).orElse(null);
    }

    private long activeUser(String id) {
        return Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed))
                .filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
                .map(UserAccount::getId)
                .orElseThrow(() -> Problems.invalid("userId", "validation.user.unknown"));
    }
}
