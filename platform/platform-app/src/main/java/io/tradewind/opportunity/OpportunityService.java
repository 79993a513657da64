package io.tradewind.opportunity;

import static io.tradewind.customer.CustomerService.blankToNull;

import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.customfield.CustomFieldFilters;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.contact.Contact;
import io.tradewind.contact.ContactService;
import io.tradewind.customer.Customer;
import io.tradewind.customer.CustomerService;
import io.tradewind.customer.Visibility;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.product.Product;
import io.tradewind.product.ProductService;
import io.tradewind.product.ProductViews.PriceQuote;
import io.tradewind.team.TeamService;
import io.tradewind.user.UserAccount;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.ProblemException;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Opportunities: create (in the first open stage), read, list, update, move through the stages with
 * their checklists enforced, win or lose with a reason, the stage history, and the kanban. The
 * methods join the caller's transaction (lead conversion creates an opportunity inside its own).
 */
@ApplicationScoped
public class OpportunityService {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LINES = new ArrayList<OpportunityRequest.Line>() { }.getClass().getGenericSuperclass();
    static final Map<String, String> SORTS = Map.of("name", "o.name", "amount", "o.amount",
            "expectedCloseDate", "o.expectedCloseDate", "createdAt", "o.createdAt", "updatedAt", "o.updatedAt",
            "stageEnteredAt", "o.stageEnteredAt", "probability", "o.probability");

    /** The record type of opportunities' team members. */
    private static final String TEAM = "opportunity";

    @Inject
    Db db;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges changes;

    @Inject
    Outbox outbox;

    @Inject
    StageService stages;

    @Inject
    CustomerService customers;

    @Inject
    ContactService contacts;

    @Inject
    ProductService products;

    @Inject
    Visibility visibility;

    @Inject
    Exporter exporter;

    @Inject
    CustomFields customFields;

    @Inject
    CustomFieldFilters customFieldFilters;

    @Inject
    TeamService teams;

    @Transactional
    public OpportunityView create(OpportunityRequest request) {
        Customer customer = customer(request.customerId());
        Long ownerId = request.ownerId() != null ? user("ownerId", request.ownerId())
                : visibility.callerId() != null ? visibility.callerId() : customer.getOwnerId();
        if (ownerId == null) {
            throw Problems.invalid("ownerId", "validation.required");
        }
        Opportunity opportunity = new Opportunity(request.name().strip(), customer.getId(), ownerId);
        opportunity.setContactId(contact(request.contactId(), customer.getId()));
        opportunity.setExpectedCloseDate(request.expectedCloseDate());
        opportunity.setSource(blankToNull(request.source()));
        opportunity.setTags(CustomerService.tags(request.tags()));
        opportunity.setCheckedItems(checked(request.checkedItems()));
        OpportunityStage stage = request.stageId() == null ? stages.first() : stage("stageId", request.stageId());
        if (stage.getKind() != OpportunityStage.Kind.OPEN) {
            throw Problems.invalid("stageId", "accounts.validation.stage.closed");
        }
        requireChecked(opportunity, stage.entryChecklist());
        Instant now = Clock.now();
        opportunity.enter(stage, now);
        db.em().persist(opportunity);
        List<OpportunityLine> lines = replaceLines(opportunity, customer, request.lines());
        opportunity.setAmount(request.amount() != null ? request.amount() : sum(lines));
        db.em().persist(new StageChange(opportunity.getId(), null, stage.getId(), now, visibility.callerId(), null, null));
        db.em().flush();
        customFields.write(RecordType.OPPORTUNITY, opportunity.getId(), request.customFields(), null);
        OpportunityView view = OpportunityView.of(opportunity, stage.getName(), lines,
                customFields.values(RecordType.OPPORTUNITY, opportunity.getId()));
        changes.created("opportunity", opportunity.getId(), view);
        return view;
    }

    @Transactional
    public OpportunityView get(String id) {
        Opportunity opportunity = require(id);
        return OpportunityView.of(opportunity, stages.require(opportunity.getStageId()).getName(), lines(opportunity.getId()),
                customFields.values(RecordType.OPPORTUNITY, opportunity.getId()));
    }

    /** The opportunity if the caller's data scope covers its owner or the caller is on its team (ADR 0139); else 404. */
    @Transactional
    public Opportunity require(String id) {
        Opportunity opportunity = db.require(Opportunity.class, id);
        if (visibility.visibleWithoutQuery(opportunity.getOwnerId())) {
            return opportunity;
        }
        long visible = visibility.restrictWithTeam(Jpql.from(db.em(), Opportunity.class, "o")
                .where("o.id = :id", "id", opportunity.getId()), "o.ownerId", TEAM, "o.id").count();
        if (visible == 0) {
            throw Problems.notFound(Opportunity.class);
        }
        return opportunity;
    }

    @Transactional
    public Page<OpportunityView> list(PageRequest page, OpportunityFilter filter) {
        Map<Long, String> names = stageNames();
        Page<Opportunity> found = query(filter).page(page, Sorting.orderBy(page.sort(), SORTS, "o.updatedAt DESC", "o.id"));
        Map<Long, Map<String, Object>> custom = customFields.values(RecordType.OPPORTUNITY,
                found.items().stream().map(Opportunity::getId).toList());
        return found.map(o -> OpportunityView.of(o, names.get(o.getStageId()), null, custom.getOrDefault(o.getId(), Map.of())));
    }

    @Transactional
    public Response export(String format, PageRequest page, OpportunityFilter filter) {
        Map<Long, String> names = stageNames();
        List<ExportColumn<Opportunity>> columns = ExportColumns.<Opportunity>headed("accounts.opportunity.field.")
                .add("id", o -> Ids.format(o.getId())).add("name", Opportunity::getName)
                .add("customerId", o -> Ids.format(o.getCustomerId())).add("amount", Opportunity::getAmount)
                .add("expectedCloseDate", Opportunity::getExpectedCloseDate).add("stage", o -> names.get(o.getStageId()))
                .add("status", o -> o.getStatus().name().toLowerCase()).add("probability", Opportunity::getProbability)
                .add("ownerId", o -> Ids.format(o.getOwnerId())).add("closeReason", Opportunity::getCloseReason)
                .add("createdAt", Opportunity::getCreatedAt).list();
        return exporter.export(format, "opportunities", columns, query(filter),
                Sorting.orderBy(page.sort(), SORTS, "o.updatedAt DESC", "o.id"),
                customFields.export(RecordType.OPPORTUNITY, Opportunity::getId));
    }

    private Jpql<Opportunity> query(OpportunityFilter filter) {
        OpportunityFilter f = filter == null ? new OpportunityFilter() : filter;
        Long owner = Params.owner(f.ownerId, visibility.callerId());
        return visibility.restrictWithTeam(customFieldFilters.apply(Jpql.from(db.em(), Opportunity.class, "o"),
                        RecordType.OPPORTUNITY, "o.id")
                .where("o.ownerId = :owner", "owner", owner)
                .where("o.status = :status", "status", Params.enumValue("status", Opportunity.Status.class, f.status))
                .where("o.stageId = :stage", "stage", Params.id("stageId", f.stageId))
                .where("o.customerId = :customer", "customer", Params.id("customerId", f.customerId))
                .where("o.tags LIKE :tag", "tag", StringSetConverter.filter(f.tag))
                .where("o.expectedCloseDate >= :closeFrom", "closeFrom", date("expectedCloseFrom", f.expectedCloseFrom))
                .where("o.expectedCloseDate <= :closeTo", "closeTo", date("expectedCloseTo", f.expectedCloseTo))
                .where("o.createdAt >= :createdFrom", "createdFrom", Params.instant("createdFrom", f.createdFrom))
                .where("o.createdAt < :createdTo", "createdTo", Params.instant("createdTo", f.createdTo))
                .where("o.customerId IN (SELECT rc.id FROM Customer rc WHERE rc.regionCode LIKE :region)", "region",
                        f.regionCode == null || f.regionCode.isBlank() ? null : Jpql.escapeLike(f.regionCode.strip()) + "%")
                .where("o.customerId IN (SELECT gc.id FROM Customer gc WHERE gc.grade = :grade)", "grade",
                        f.grade == null || f.grade.isBlank() ? null : f.grade.strip().toUpperCase())
                .where("o.amount >= :minAmount", "minAmount", decimal("minAmount", f.minAmount))
                .where("o.amount <= :maxAmount", "maxAmount", decimal("maxAmount", f.maxAmount))
                .search(f.q, "o.name"), "o.ownerId", TEAM, "o.id");
    }

    @Transactional
    public OpportunityView update(String id, String ifMatch, JsonObject body) {
        Opportunity opportunity = require(id);
        teams.requireWritable(opportunity);
        Etags.require(ifMatch, opportunity.getVersion());
        OpportunityView before = get(id);
        Patch.of(body, "name", "amount", "expectedCloseDate", "contactId", "ownerId", "source", "tags", "checkedItems",
                        "lines", "customFields")
                .text("name", 200, opportunity::setName)
                .decimal("amount", false, amount -> {
                    if (amount.signum() < 0 || amount.scale() > 2) {
                        throw Problems.invalid("amount", "validation.min", 0);
                    }
                    opportunity.setAmount(amount);
                })
                .date("expectedCloseDate", true, opportunity::setExpectedCloseDate)
                .id("contactId", true, c -> opportunity.setContactId(contact(Ids.format(c), opportunity.getCustomerId())))
                .id("ownerId", false, o -> opportunity.setOwnerId(user("ownerId", Ids.format(o))))
                .optionalText("source", 40, opportunity::setSource)
                .strings("tags", t -> opportunity.setTags(CustomerService.tags(List.copyOf(t))))
                .strings("checkedItems", items -> opportunity.setCheckedItems(checked(List.copyOf(items))))
                .apply();
        if (body.containsKey("lines")) {
            List<OpportunityRequest.Line> lines;
            try {
                lines = body.isNull("lines") ? List.of() : JSONB.fromJson(body.get("lines").toString(), LINES);
            } catch (RuntimeException e) {
                throw Problems.invalid("lines", "validation.type");
            }
            List<OpportunityLine> saved = replaceLines(opportunity, db.require(Customer.class, opportunity.getCustomerId()), lines);
            if (!body.containsKey("amount")) {
                opportunity.setAmount(sum(saved));
            }
        }
        customFields.write(RecordType.OPPORTUNITY, opportunity.getId(), body.get("customFields"), opportunity);
        db.em().flush();
        OpportunityView after = get(id);
        changes.updated("opportunity", opportunity.getId(), before, after);
        return after;
    }

    /**
     * Moves the opportunity to {@code stageId}. The items of the current stage's exit checklist and of
     * the new stage's entry checklist must be ticked (the body's {@code checkedItems} tick more first);
     * a lost deal needs a reason. Closed opportunities do not move.
     */
    @Transactional
    public OpportunityView move(String id, JsonObject body) {
        Opportunity opportunity = require(id);
        teams.requireWritable(opportunity);
        String stageId = text(body, "stageId");
        if (stageId == null) {
            throw Problems.invalid("stageId", "validation.required");
        }
        OpportunityStage target = stage("stageId", stageId);
        OpportunityStage current = stages.require(opportunity.getStageId());
        if (opportunity.getStatus() != Opportunity.Status.OPEN) {
            throw Problems.conflict("accounts.problem.opportunity-closed");
        }
        if (target.getId() == current.getId()) {
            throw Problems.conflict("accounts.problem.same-stage");
        }
        String reason = text(body, "reason");
        if (reason != null && reason.length() > 500) {
            throw Problems.invalid("reason", "validation.size", 0, 500);
        }
        if (target.getKind() == OpportunityStage.Kind.LOST && reason == null) {
            throw Problems.invalid("reason", "accounts.validation.lost-reason");
        }
        if (body != null && body.containsKey("checkedItems")) {
            Set<String> more = new LinkedHashSet<>(opportunity.getCheckedItems());
            if (body.get("checkedItems").getValueType() != JsonValue.ValueType.ARRAY) {
                throw Problems.invalid("checkedItems", "validation.type");
            }
            body.getJsonArray("checkedItems").forEach(v -> {
                if (!(v instanceof JsonString s)) {
                    throw Problems.invalid("checkedItems", "validation.type");
                }
                more.add(s.getString().strip());
            });
            opportunity.setCheckedItems(checked(List.copyOf(more)));
        }
        List<String> required = new ArrayList<>(current.exitChecklist());
        required.addAll(target.entryChecklist());
        OpportunityView before = get(id);
        requireChecked(opportunity, required);
        Instant now = Clock.now();
        long seconds = Duration.between(opportunity.getStageEnteredAt(), now).toSeconds();
        opportunity.enter(target, now);
        if (target.getKind() != OpportunityStage.Kind.OPEN) {
            opportunity.setCloseReason(reason);
        }
        db.em().persist(new StageChange(opportunity.getId(), current.getId(), target.getId(), now, visibility.callerId(),
                seconds, reason));
        if (target.getKind() == OpportunityStage.Kind.WON) {
            Customer customer = db.require(Customer.class, opportunity.getCustomerId());
            Object customerBefore = customers.view(customer);
            customer.purchased(opportunity.getAmount(), now);
            db.em().flush();
            audit.record("customer.purchased", "customer", customer.getId(), customerBefore, customers.view(customer));
        }
        db.em().flush();
        OpportunityView after = get(id);
        audit.record("opportunity.stage_changed", "opportunity", opportunity.getId(), before, after);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("id", after.id());
        change.put("fromStageId", Ids.format(current.getId()));
        change.put("toStageId", after.stageId());
        change.put("secondsInStage", seconds);
        outbox.publish("opportunity", opportunity.getId(), "opportunity.stage_changed", change);
        if (target.getKind() == OpportunityStage.Kind.WON) {
            outbox.publish("opportunity", opportunity.getId(), "opportunity.won", after);
        } else if (target.getKind() == OpportunityStage.Kind.LOST) {
            outbox.publish("opportunity", opportunity.getId(), "opportunity.lost", after);
        }
        return after;
    }

    @Transactional
    public List<StageChangeView> history(String id) {
        Opportunity opportunity = require(id);
        Map<Long, String> names = stageNames();
        return db.em().createQuery("SELECT c FROM StageChange c WHERE c.opportunityId = :id ORDER BY c.changedAt, c.id",
                        StageChange.class).setParameter("id", opportunity.getId()).getResultList().stream()
                .map(c -> new StageChangeView(Ids.format(c.getFromStageId()), names.get(c.getFromStageId()),
                        Ids.format(c.getToStageId()), names.get(c.getToStageId()), c.getChangedAt(),
                        Ids.format(c.getChangedBy()), c.getSecondsInStage(), c.getNote()))
                .toList();
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Opportunity opportunity = require(id);
        teams.requireWritable(opportunity);
        Etags.require(ifMatch, opportunity.getVersion());
        OpportunityView before = get(id);
        customFields.deleteValues(opportunity.getId());
        db.em().createQuery("DELETE FROM OpportunityLine l WHERE l.opportunityId = :id")
                .setParameter("id", opportunity.getId()).executeUpdate();
        db.em().createQuery("DELETE FROM StageChange c WHERE c.opportunityId = :id")
                .setParameter("id", opportunity.getId()).executeUpdate();
        teams.removeAll(opportunity);
        db.em().remove(opportunity);
        changes.deleted("opportunity", opportunity.getId(), before);
    }

    /** The board: every stage in order with its count, total and weighted amounts, and its first {@code perStage} deals. */
    @Transactional
    public KanbanView kanban(OpportunityFilter filter, int perStage) {
        List<OpportunityStage> all = stages.stages();
        // a large board's totals may be up to 30 s old, like a large list's total (ADR 0131)
        ToLongFunction<List<Object[]>> boardRows = rows -> rows.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        List<Object[]> grouped = query(filter).selectLarge("o.stageId, COUNT(o), SUM(o.amount)", " GROUP BY o.stageId",
                Object[].class, boardRows);
        Map<Long, Object[]> totals = grouped.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> row));
        boolean large = boardRows.applyAsLong(grouped) >= Jpql.LARGE_ROWS;
        List<KanbanView.Column> columns = new ArrayList<>();
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        Map<Long, String> names = new LinkedHashMap<>();
        all.forEach(s -> names.put(s.getId(), s.getName()));
        for (OpportunityStage stage : all) {
            Object[] row = totals.get(stage.getId());
            long stageCount = row == null ? 0 : ((Number) row[1]).longValue();
            BigDecimal stageTotal = row == null || row[2] == null ? BigDecimal.ZERO : new BigDecimal(row[2].toString());
            BigDecimal stageWeighted = stageTotal.multiply(BigDecimal.valueOf(stage.getProbability()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            // an empty column of a large board may have received cards since its totals were taken
            List<OpportunityView> items = stageCount == 0 && !large ? List.of()
                    : query(filter).where("o.stageId = :kanbanStage", "kanbanStage", stage.getId())
                            // the fixed stage leads the order so that H2 reads ix_opportunity_stage_amount backwards (ADR 0126)
                            .list(" ORDER BY o.stageId DESC, o.amount DESC, o.id DESC", 0, perStage).stream()
                            .map(o -> OpportunityView.of(o, names.get(o.getStageId()), null)).toList();
            columns.add(new KanbanView.Column(StageView.of(stage), stageCount, stageTotal.setScale(2, RoundingMode.HALF_UP),
                    stageWeighted, items));
            count += stageCount;
            total = total.add(stageTotal);
            weighted = weighted.add(stageWeighted);
        }
        return new KanbanView(columns, count, total.setScale(2, RoundingMode.HALF_UP), weighted);
    }

    private List<OpportunityLine> replaceLines(Opportunity opportunity, Customer customer, List<OpportunityRequest.Line> lines) {
        db.em().createQuery("DELETE FROM OpportunityLine l WHERE l.opportunityId = :id")
                .setParameter("id", opportunity.getId()).executeUpdate();
        List<OpportunityLine> saved = new ArrayList<>();
        if (lines == null) {
            return saved;
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < lines.size(); i++) {
            OpportunityRequest.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null || line.quantity() == null || line.quantity().signum() <= 0) {
                throw Problems.invalid(field + ".quantity", "validation.min", "0.001");
            }
            if (line.unitPrice() != null && line.unitPrice().signum() < 0) {
                throw Problems.invalid(field + ".unitPrice", "validation.min", 0);
            }
            Product product = products.requireProduct(field + ".productId", line.productId());
            BigDecimal price = line.unitPrice();
            Long priceList = null;
            if (price == null) {
                PriceQuote quote = products.price(product, customer.getCustomerGroup(), customer.getChannel(), today);
                price = quote.price();
                priceList = quote.priceListId() == null ? null : Ids.parse(quote.priceListId()).orElse(null);
            }
            OpportunityLine saved1 = new OpportunityLine(opportunity.getId(), product.getId(), line.quantity(), price, priceList);
            db.em().persist(saved1);
            saved.add(saved1);
        }
        return saved;
    }

    private List<OpportunityLine> lines(long opportunityId) {
        return db.em().createQuery("SELECT l FROM OpportunityLine l WHERE l.opportunityId = :id ORDER BY l.id",
                OpportunityLine.class).setParameter("id", opportunityId).getResultList();
    }

    private static BigDecimal sum(List<OpportunityLine> lines) {
        return lines.stream().map(OpportunityLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<Long, String> stageNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        stages.stages().forEach(s -> names.put(s.getId(), s.getName()));
        return names;
    }

    private static void requireChecked(Opportunity opportunity, List<String> required) {
        List<String> missing = required.stream().filter(item -> !opportunity.getCheckedItems().contains(item)).distinct().toList();
        if (!missing.isEmpty()) {
            throw Problems.conflict("accounts.problem.checklist-incomplete", String.join("、", missing))
                    .with("missingItems", missing);
        }
    }

    private static Set<String> checked(List<String> items) {
        Set<String> clean = new LinkedHashSet<>();
        if (items != null) {
            for (String item : items) {
                if (item == null || item.isBlank() || item.contains(",") || item.strip().length() > 100) {
                    throw Problems.invalid("checkedItems", "accounts.validation.checklist");
                }
                clean.add(item.strip());
            }
        }
        if (clean.size() > 50) {
            throw Problems.invalid("checkedItems", "accounts.validation.checklist");
        }
        return clean;
    }

    private OpportunityStage stage(String field, String id) {
        stages.stages();
        return Ids.parse(id).flatMap(parsed -> db.find(OpportunityStage.class, parsed))
                .orElseThrow(() -> Problems.invalid(field, "accounts.validation.stage.unknown"));
    }

    private Customer customer(String id) {
        try {
            return customers.require(id);
        } catch (ProblemException e) {
            throw Problems.invalid("customerId", "accounts.validation.customer.unknown");
        }
    }

    private Long contact(String id, long customerId) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Contact contact;
        try {
            contact = contacts.require(id);
        } catch (ProblemException e) {
            throw Problems.invalid("contactId", "accounts.validation.contact.unknown");
        }
        if (contact.getCustomerId() == null || contact.getCustomerId() != customerId) {
            throw Problems.invalid("contactId", "accounts.validation.contact.other-customer");
        }
        return contact.getId();
    }

    private Long user(String field, String id) {
        return Ids.parse(id).flatMap(parsed -> db.find(UserAccount.class, parsed)).map(UserAccount::getId)
                .orElseThrow(() -> Problems.invalid(field, "validation.user.unknown"));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "validation.date");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalid(field, "validation.type");
        }
    }

    private static String text(JsonObject body, String field) {
        if (body == null || !body.containsKey(field) || body.isNull(field)) {
            return null;
        }
        if (!(body.get(field) instanceof JsonString s)) {
            throw Problems.invalid(field, "validation.type");
        }
        return s.getString().isBlank() ? null : s.getString().strip();
    }
}
