package io.tradewind.lead.assignment;

import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadStatus;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.persistence.Clock;
import io.tradewind.plugin.Extensions;
import io.tradewind.persistence.Db;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place new leads get their owner from the tenant's rules (plugins' lead routers belong
 * here too). Takes a batch so an import deals a whole batch with one read of the rules and one
 * write of each round-robin cursor; the cursor row is locked so that two replicas dealing at once
 * do not give two leads to the same rep in a row.
 */
@ApplicationScoped
public class LeadAssignment {

    @Inject
    Db db;

    @Inject
    Extensions extensions;

    /**
     * Gives each lead without an owner one: a user named by an enabled plugin's lead router first
     * (a channel partner's territory, say), otherwise by the first rule that matches and has a candidate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(List<Lead> leads) {
        Instant routedAt = Clock.now();
        List<Lead> unowned = leads.stream().filter(lead -> lead.getOwnerId() == null).toList();
        unowned.forEach(lead -> routedByPlugin(lead).ifPresent(user -> lead.assignTo(user, null, routedAt)));
        unowned = unowned.stream().filter(lead -> lead.getOwnerId() == null).toList();
        if (unowned.isEmpty()) {
            return;
        }
        List<AssignmentRule> rules = db.em().createQuery(
                "SELECT r FROM AssignmentRule r WHERE r.enabled = TRUE ORDER BY r.priority, r.id", AssignmentRule.class)
                .getResultList();
        if (rules.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> candidates = new HashMap<>();
        Map<Long, Long> cursors = new LinkedHashMap<>();
        Map<Long, Long> loads = null;
        Instant now = Clock.now();
        for (Lead lead : unowned) {
            for (AssignmentRule rule : rules) {
                if (!rule.matches(lead)) {
                    continue;
                }
                List<Long> users = candidates.computeIfAbsent(rule.getId(), id -> candidatesOf(rule));
                if (users.isEmpty()) {
                    continue;
                }
                Long chosen;
                if (rule.getKind() == AssignmentKind.LOAD) {
                    if (loads == null) {
                        loads = openLeadsByOwner();
                    }
                    chosen = leastLoaded(users, loads);
                    loads.merge(chosen, 1L, Long::sum);
                } else {
                    if (!cursors.containsKey(rule.getId())) {
                        db.em().lock(rule, LockModeType.PESSIMISTIC_WRITE);
                        cursors.put(rule.getId(), rule.getLastUserId());
                    }
                    chosen = after(users, cursors.get(rule.getId()));
                    cursors.put(rule.getId(), chosen);
                }
                lead.assignTo(chosen, rule.getId(), now);
                break;
            }
        }
        // The cursor is bookkeeping, not an edit: it must not change the rule's version (its ETag). EclipseLink
        // adds "version + 1" to a bulk UPDATE of a versioned entity unless the statement sets the version itself.
        cursors.forEach((rule, last) -> db.em()
                .createQuery("UPDATE AssignmentRule r SET r.lastUserId = :last, r.version = r.version WHERE r.id = :id")
                .setParameter("last", last).setParameter("id", rule).executeUpdate());
    }

    /** The active user a plugin routes the lead to; a plugin's answer naming no such user is ignored. */
    private Optional<Long> routedByPlugin(Lead lead) {
        Map<String, Object> attributes = new HashMap<>();
        if (lead.getProductLine() != null) {
            attributes.put("productLine", lead.getProductLine());
        }
        LeadFacts facts = new LeadFacts(lead.getId(),
                lead.getSource() == null ? null : lead.getSource().name().toLowerCase(Locale.ROOT),
                lead.getCompanyName(), lead.getName(), lead.getRegionCode(), null, attributes);
        return extensions.routeLead(facts).map(LeadRoute::ownerUserId)
                .filter(user -> !db.em().createQuery("SELECT u.id FROM UserAccount u WHERE u.id = :id AND u.status = :active",
                                Long.class).setParameter("id", user).setParameter("active", UserAccount.Status.ACTIVE)
                        .getResultList().isEmpty());
    }

    private List<Long> candidatesOf(AssignmentRule rule) {
        List<Long> listed = rule.getUserIds().stream().map(Long::parseLong).toList();
        List<Long> active;
        if (!listed.isEmpty()) {
            active = db.em().createQuery("SELECT u.id FROM UserAccount u WHERE u.id IN :ids AND u.status = :active", Long.class)
                    .setParameter("ids", listed).setParameter("active", UserAccount.Status.ACTIVE).getResultList();
            return listed.stream().filter(active::contains).toList();
        }
        if (rule.getDepartmentId() == null) {
            return List.of();
        }
        return db.em().createQuery("SELECT u.id FROM UserAccount u WHERE u.departmentId = :department "
                        + "AND u.status = :active ORDER BY u.id", Long.class)
                .setParameter("department", rule.getDepartmentId()).setParameter("active", UserAccount.Status.ACTIVE)
                .getResultList();
    }

    private Map<Long, Long> openLeadsByOwner() {
        Map<Long, Long> loads = new HashMap<>();
        db.em().createQuery("SELECT l.ownerId, COUNT(l) FROM Lead l WHERE l.ownerId IS NOT NULL AND l.status IN :open "
                        + "GROUP BY l.ownerId", Object[].class)
                .setParameter("open", List.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED))
                .getResultList()
                .forEach(row -> loads.put((Long) row[0], ((Number) row[1]).longValue()));
        return loads;
    }

    static Long leastLoaded(List<Long> users, Map<Long, Long> loads) {
        Long best = users.get(0);
        for (Long user : users) {
            if (loads.getOrDefault(user, 0L) < loads.getOrDefault(best, 0L)) {
                best = user;
            }
        }
        return best;
    }

    /** The candidate after {@code last} in dealing order, wrapping round; the first when last is gone. */
    static Long after(List<Long> users, Long last) {
        int index = last == null ? -1 : users.indexOf(last);
        return users.get((index + 1) % users.size());
    }

}
