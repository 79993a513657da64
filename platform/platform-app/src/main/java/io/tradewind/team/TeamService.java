package io.tradewind.team;

import io.tradewind.access.Caller;
import io.tradewind.access.DataScopes;
import io.tradewind.audit.RecordChanges;
import io.tradewind.customer.Customer;
import io.tradewind.customer.Visibility;
import io.tradewind.lead.Requests;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Teams of customers and opportunities (ADRs 0137, 0139): besides the owner, users added as
 * read-only or read-write members see the record whatever their data scope, and read-write members
 * may edit it. Only callers who see the record through its owner (the owner, managers whose scope
 * covers the owner, admins) manage the team. The record is looked up by its capability ({@code find},
 * which applies the caller's data scope) inside this service's transaction.
 */
@ApplicationScoped
public class TeamService {

    @Inject
    Db db;

    @Inject
    Visibility visibility;

    @Inject
    RecordChanges changes;

    @Inject
    Validator validator;

    /** A change of the team: the member and whether they are new. */
    public record Change(TeamMemberView member, boolean added) {

        /** 201 with the member's location when they joined, else 200. */
        public Response response(UriInfo uri) {
            if (added) {
                URI location = uri.getAbsolutePathBuilder().path(member.userId()).build();
                return Response.created(location).entity(member).build();
            }
            return Response.ok(member).build();
        }
    }

    @Transactional
    public List<TeamMemberView> list(Function<String, ? extends TeamRecord> find, String id) {
        TeamRecord record = find.apply(id);
        return views(members(record));
    }

    @Transactional
    public Change put(Function<String, ? extends TeamRecord> find, String id, TeamMemberRequest request) {
        TeamRecord record = find.apply(id);
        requireManager(record);
        Requests.validate(validator, request);
        long userId = activeUser(request.userId());
        if (Objects.equals(record.teamOwnerId(), userId)) {
            throw Problems.invalid("userId", "team.validation.is-owner");
        }
        TeamAccess access = Optional.ofNullable(Params.enumValue("access", TeamAccess.class, request.access()))
                .orElse(TeamAccess.READ_WRITE);
        Optional<TeamMember> existing = member(record, userId);
        TeamMember member = existing.orElseGet(() -> new TeamMember(record.teamType(), record.getId(), userId, access,
                visibility.callerId()));
        TeamMemberView before = existing.map(m -> TeamMemberView.of(m, nameOf(userId))).orElse(null);
        if (existing.isPresent()) {
            member.setAccess(access);
        } else {
            db.em().persist(member);
            record.teamChanged(userId, true);
        }
        db.em().flush();
        TeamMemberView after = TeamMemberView.of(member, nameOf(userId));
        published(record, existing.isPresent() ? "team-member-changed" : "team-member-added", before, after);
        return new Change(after, existing.isEmpty());
    }

    @Transactional
    public void remove(Function<String, ? extends TeamRecord> find, String id, String userId) {
        TeamRecord record = find.apply(id);
        requireManager(record);
        Long user = Ids.parse(userId).orElseThrow(() -> Problems.notFound(TeamMember.class));
        TeamMember member = member(record, user).orElseThrow(() -> Problems.notFound(TeamMember.class));
        TeamMemberView before = TeamMemberView.of(member, nameOf(user));
        db.em().remove(member);
        record.teamChanged(user, false);
        db.em().flush();
        published(record, "team-member-removed", before, null);
    }

    private void published(TeamRecord record, String change, TeamMemberView before, TeamMemberView after) {
        String action = record.teamType() + "." + change;
        changes.changed(action, record.teamType(), record.getId(), before, after,
                Map.of(record.teamType() + "Id", Ids.format(record.getId()), "member", after != null ? after : before));
    }

    /**
     * Makes the team match {@code memberIds} (a field of the record, e.g. a customer's memberIds): new
     * ids join as read-write members, ids no longer listed leave. Called when the record is created or patched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sync(TeamRecord record, Collection<String> memberIds) {
        Set<Long> wanted = memberIds.stream().map(id -> Ids.parse(id).orElse(null))
                .filter(id -> id != null && !id.equals(record.teamOwnerId())).collect(Collectors.toSet());
        Map<Long, TeamMember> current = members(record).stream()
                .collect(Collectors.toMap(TeamMember::getUserId, Function.identity()));
        for (Long id : wanted) {
            if (!current.containsKey(id)) {
                db.em().persist(new TeamMember(record.teamType(), record.getId(), id, TeamAccess.READ_WRITE, visibility.callerId()));
            }
        }
        current.values().stream().filter(m -> !wanted.contains(m.getUserId())).forEach(db.em()::remove);
    }

    /** Refuses (403) an edit by a caller who sees the record only as a read-only team member. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritable(TeamRecord record) {
        Optional<Caller> caller = visibility.caller();
        if (caller.isEmpty() || seesThroughOwner(caller.get(), record)) {
            return;
        }
        boolean writer = member(record, caller.get().userId()).map(m -> m.getAccess() == TeamAccess.READ_WRITE).orElse(false);
        if (!writer) {
            throw Problems.forbidden();
        }
    }

    /** {@link #requireWritable(TeamRecord)} for a record of a customer (a contact); nothing without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritableCustomer(Long customerId) {
        if (customerId != null) {
            db.find(Customer.class, customerId).ifPresent(this::requireWritable);
        }
    }

    /** Removes the whole team of a record being deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(TeamRecord record) {
        db.em().createQuery("DELETE FROM TeamMember m WHERE m.recordType = :type AND m.recordId = :record")
                .setParameter("type", record.teamType()).setParameter("record", record.getId()).executeUpdate();
    }

    private void requireManager(TeamRecord record) {
        Optional<Caller> caller = visibility.caller();
        if (caller.isPresent() && !seesThroughOwner(caller.get(), record)) {
            throw Problems.forbidden();
        }
    }

    private boolean seesThroughOwner(Caller caller, TeamRecord record) {
        return record.teamOwnerId() == null || DataScopes.restrict(Jpql.from(db.em(), record.getClass(), "r")
                .where("r.id = :id", "id", record.getId()), caller, "r.ownerId").count() > 0;
    }

    private List<TeamMember> members(TeamRecord record) {
        return db.em().createQuery("SELECT m FROM TeamMember m WHERE m.recordType = :type AND m.recordId = :record "
                        + "ORDER BY m.createdAt, m.id", TeamMember.class)
                .setParameter("type", record.teamType()).setParameter("record", record.getId()).getResultList();
    }

    private Optional<TeamMember> member(TeamRecord record, long userId) {
        return db.em().createQuery("SELECT m FROM TeamMember m WHERE m.recordType = :type AND m.recordId = :record "
                        + "AND m.userId = :user", TeamMember.class)
                .setParameter("type", record.teamType()).setParameter("record", record.getId()).setParameter("user", userId)
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
