package io.tradewind.product;

import static io.tradewind.customer.CustomerService.blankToNull;

import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.product.ProductRequests.ItemRequest;
import io.tradewind.product.ProductRequests.PriceListRequest;
import io.tradewind.product.ProductViews.PriceListView;
import io.tradewind.web.Etags;
import io.tradewind.web.FieldError;
import io.tradewind.i18n.Messages;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Price lists per customer group or channel, with validity periods. */
@ApplicationScoped
public class PriceListService {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type ITEMS = new ArrayList<ItemRequest>() { }.getClass().getGenericSuperclass();

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    ProductService products;

    @Inject
    Exporter exporter;

    private static final Map<String, String> SORTS = Map.of("name", "l.name", "validFrom", "l.validFrom",
            "createdAt", "l.createdAt");

    @Transactional
    public Page<PriceListView> list(PageRequest page, String customerGroup, String channel, LocalDate validOn, String q) {
        return query(customerGroup, channel, validOn, q).page(page, orderBy(page))
                .map(l -> PriceListView.of(l, items(l.getId())));
    }

    /** The list's filters and sort, every matching price list, one row each with its number of prices. */
    @Transactional
    public Response export(String format, PageRequest page, String customerGroup, String channel, LocalDate validOn,
                           String q) {
        List<ExportColumn<PriceList>> columns = ExportColumns.<PriceList>headed("accounts.price-list.field.")
                .add("id", l -> Ids.format(l.getId())).add("name", PriceList::getName)
                .add("customerGroup", PriceList::getCustomerGroup).add("channel", PriceList::getChannel)
                .add("validFrom", PriceList::getValidFrom).add("validTo", PriceList::getValidTo)
                .add("items", l -> items(l.getId()).size()).list();
        return exporter.export(format, "price-lists", columns, query(customerGroup, channel, validOn, q), orderBy(page),
                Function.identity());
    }

    private Jpql<PriceList> query(String customerGroup, String channel, LocalDate validOn, String q) {
        return Jpql.from(db.em(), PriceList.class, "l")
                .where("l.customerGroup = :group", "group", blankToNull(customerGroup))
                .where("l.channel = :channel", "channel", blankToNull(channel))
                .where("l.validFrom <= :on AND (l.validTo IS NULL OR l.validTo >= :on)", "on", validOn)
                .search(q, "l.name");
    }

    private static String orderBy(PageRequest page) {
        return Sorting.orderBy(page.sort(), SORTS, "l.validFrom DESC", "l.id");
    }

    @Transactional
    public PriceListView get(String id) {
        PriceList list = db.require(PriceList.class, id);
        return PriceListView.of(list, items(list.getId()));
    }

    @Transactional
    public PriceListView create(PriceListRequest request) {
        PriceList list = new PriceList(request.name().strip(), request.validFrom());
        list.setValidTo(request.validTo());
        list.setCustomerGroup(blankToNull(request.customerGroup()));
        list.setChannel(blankToNull(request.channel()));
        checkValidity(list);
        db.em().persist(list);
        replaceItems(list, request.items());
        db.em().flush();
        PriceListView view = PriceListView.of(list, items(list.getId()));
        changes.created("price_list", list.getId(), view);
        return view;
    }

    @Transactional
    public PriceListView update(String id, String ifMatch, JsonObject body) {
        PriceList list = db.require(PriceList.class, id);
        Etags.require(ifMatch, list.getVersion());
        PriceListView before = PriceListView.of(list, items(list.getId()));
        Patch.of(body, "name", "customerGroup", "channel", "validFrom", "validTo", "items")
                .text("name", 100, list::setName)
                .optionalText("customerGroup", 40, list::setCustomerGroup)
                .optionalText("channel", 40, list::setChannel)
                .date("validFrom", false, list::setValidFrom)
                .date("validTo", true, list::setValidTo)
                .apply();
        checkValidity(list);
        if (body.containsKey("items")) {
            List<ItemRequest> items;
            try {
                items = body.isNull("items") ? List.of() : JSONB.fromJson(body.get("items").toString(), ITEMS);
            } catch (RuntimeException e) {
                throw Problems.invalid("items", "validation.type");
            }
            replaceItems(list, items);
        }
        db.em().flush();
        PriceListView after = PriceListView.of(list, items(list.getId()));
        changes.updated("price_list", list.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        PriceList list = db.require(PriceList.class, id);
        Etags.require(ifMatch, list.getVersion());
        PriceListView before = PriceListView.of(list, items(list.getId()));
        db.em().createQuery("DELETE FROM PriceListItem i WHERE i.priceListId = :id").setParameter("id", list.getId())
                .executeUpdate();
        db.em().remove(list);
        changes.deleted("price_list", list.getId(), before);
    }

    private void replaceItems(PriceList list, List<ItemRequest> items) {
        db.em().createQuery("DELETE FROM PriceListItem i WHERE i.priceListId = :id").setParameter("id", list.getId())
                .executeUpdate();
        if (items == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRequest item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.price() == null || item.price().signum() < 0 || item.price().scale() > 2) {
                errors.add(new FieldError(field + ".price", Messages.get("validation.min", 0)));
                continue;
            }
            Product product;
            try {
                product = products.requireProduct(field + ".productId", item.productId());
            } catch (io.tradewind.web.ProblemException e) {
                errors.add(new FieldError(field + ".productId", Messages.get("accounts.validation.product.unknown")));
                continue;
            }
            if (!seen.add(product.getId())) {
                errors.add(new FieldError(field + ".productId", Messages.get("accounts.validation.price-list.duplicate")));
                continue;
            }
            db.em().persist(new PriceListItem(list.getId(), product.getId(), item.price()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private List<PriceListItem> items(long listId) {
        return db.em().createQuery("SELECT i FROM PriceListItem i WHERE i.priceListId = :id ORDER BY i.id",
                PriceListItem.class).setParameter("id", listId).getResultList();
    }

    private static void checkValidity(PriceList list) {
        if (list.getValidTo() != null && list.getValidTo().isBefore(list.getValidFrom())) {
            throw Problems.invalid("validTo", "accounts.validation.price-list.validity");
        }
    }
}
