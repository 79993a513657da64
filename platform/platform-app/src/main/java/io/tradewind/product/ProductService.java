package io.tradewind.product;

import static io.tradewind.customer.CustomerService.blankToNull;

import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.product.ProductRequests.CategoryRequest;
import io.tradewind.product.ProductRequests.ProductRequest;
import io.tradewind.product.ProductViews.CategoryView;
import io.tradewind.product.ProductViews.PriceQuote;
import io.tradewind.product.ProductViews.ProductView;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Product categories, products, and the price that applies to a product for a customer on a date. */
@ApplicationScoped
public class ProductService {

    static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name", "listPrice", "p.listPrice",
            "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    // --- categories ---

    @Transactional
    public Page<CategoryView> categories(PageRequest page, String parentId, String q) {
        return categoryQuery(parentId, q).page(page, categoryOrder(page)).map(CategoryView::of);
    }

    @Transactional
    public Response exportCategories(String format, PageRequest page, String parentId, String q) {
        List<ExportColumn<CategoryView>> columns = ExportColumns.<CategoryView>headed("accounts.product-category.field.")
                .add("id", CategoryView::id).add("name", CategoryView::name).add("parentId", CategoryView::parentId)
                .add("createdAt", CategoryView::createdAt).list();
        return exporter.export(format, "product-categories", columns, categoryQuery(parentId, q), categoryOrder(page),
                CategoryView::of);
    }

    private Jpql<ProductCategory> categoryQuery(String parentId, String q) {
        return Jpql.from(db.em(), ProductCategory.class, "c")
                .where("c.parentId = :parent", "parent", Params.id("parentId", parentId))
                .search(q, "c.name");
    }

    private static String categoryOrder(PageRequest page) {
        return Sorting.orderBy(page.sort(), Map.of("name", "c.name", "createdAt", "c.createdAt"), "c.name", "c.id");
    }

    @Transactional
    public CategoryView category(String id) {
        return CategoryView.of(db.require(ProductCategory.class, id));
    }

    @Transactional
    public CategoryView createCategory(CategoryRequest request) {
        ProductCategory category = new ProductCategory(request.name().strip(), categoryRef("parentId", request.parentId()));
        db.em().persist(category);
        db.em().flush();
        CategoryView view = CategoryView.of(category);
        changes.created("product_category", category.getId(), view);
        return view;
    }

    @Transactional
    public CategoryView updateCategory(String id, String ifMatch, JsonObject body) {
        ProductCategory category = db.require(ProductCategory.class, id);
        Etags.require(ifMatch, category.getVersion());
        CategoryView before = CategoryView.of(category);
        Patch.of(body, "name", "parentId")
                .text("name", 100, category::setName)
                .id("parentId", true, parent -> {
                    Long newParent = categoryRef("parentId", Ids.format(parent));
                    if (isAncestorOrSelf(category.getId(), newParent)) {
                        throw Problems.invalid("parentId", "accounts.validation.category.cycle");
                    }
                    category.setParentId(newParent);
                })
                .apply();
        db.em().flush();
        CategoryView after = CategoryView.of(category);
        changes.updated("product_category", category.getId(), before, after);
        return after;
    }

    @Transactional
    public void deleteCategory(String id, String ifMatch) {
        ProductCategory category = db.require(ProductCategory.class, id);
        Etags.require(ifMatch, category.getVersion());
        long used = db.em().createQuery("SELECT COUNT(p) FROM Product p WHERE p.categoryId = :id", Long.class)
                .setParameter("id", category.getId()).getSingleResult()
                + db.em().createQuery("SELECT COUNT(c) FROM ProductCategory c WHERE c.parentId = :id", Long.class)
                .setParameter("id", category.getId()).getSingleResult();
        if (used > 0) {
            throw Problems.conflict("accounts.problem.category-in-use");
        }
        CategoryView before = CategoryView.of(category);
        db.em().remove(category);
        changes.deleted("product_category", category.getId(), before);
    }

    // --- products ---

    @Transactional
    public Page<ProductView> list(PageRequest page, String categoryId, Boolean active, String q) {
        return query(categoryId, active, q).page(page, Sorting.orderBy(page.sort(), SORTS, "p.code", "p.id"))
                .map(ProductView::of);
    }

    @Transactional
    public Response export(String format, PageRequest page, String categoryId, Boolean active, String q) {
        List<ExportColumn<Product>> columns = ExportColumns.<Product>headed("accounts.product.field.")
                .add("id", p -> Ids.format(p.getId())).add("code", Product::getCode).add("name", Product::getName)
                .add("categoryId", p -> Ids.format(p.getCategoryId())).add("unit", Product::getUnit)
                .add("listPrice", Product::getListPrice).add("active", Product::isActive).list();
        return exporter.export(format, "products", columns, query(categoryId, active, q),
                Sorting.orderBy(page.sort(), SORTS, "p.code", "p.id"), Function.identity());
    }

    private Jpql<Product> query(String categoryId, Boolean active, String q) {
        return Jpql.from(db.em(), Product.class, "p")
                .where("p.categoryId = :category", "category", Params.id("categoryId", categoryId))
                .where("p.active = :active", "active", active)
                .search(q, "p.code", "p.name");
    }

    @Transactional
    public ProductView get(String id) {
        return ProductView.of(db.require(Product.class, id));
    }

    @Transactional
    public ProductView create(ProductRequest request) {
        uniqueCode(request.code().strip(), null);
        Product product = new Product(request.code().strip(), request.name().strip(), request.unit().strip(),
                request.listPrice());
        product.setCategoryId(categoryRef("categoryId", request.categoryId()));
        product.setActive(!Boolean.FALSE.equals(request.active()));
        product.setDescription(blankToNull(request.description()));
        db.em().persist(product);
        db.em().flush();
        ProductView view = ProductView.of(product);
        changes.created("product", product.getId(), view);
        return view;
    }

    @Transactional
    public ProductView update(String id, String ifMatch, JsonObject body) {
        Product product = db.require(Product.class, id);
        Etags.require(ifMatch, product.getVersion());
        ProductView before = ProductView.of(product);
        Patch.of(body, "code", "name", "categoryId", "unit", "listPrice", "active", "description")
                .text("code", 60, product::setCode)
                .text("name", 200, product::setName)
                .id("categoryId", true, c -> product.setCategoryId(categoryRef("categoryId", Ids.format(c))))
                .text("unit", 20, product::setUnit)
                .decimal("listPrice", false, price -> {
                    if (price.signum() < 0) {
                        throw Problems.invalid("listPrice", "validation.min", 0);
                    }
                    product.setListPrice(price);
                })
                .bool("active", product::setActive)
                .optionalText("description", 2000, product::setDescription)
                .apply();
        uniqueCode(product.getCode(), product.getId());
        db.em().flush();
        ProductView after = ProductView.of(product);
        changes.updated("product", product.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Product product = db.require(Product.class, id);
        Etags.require(ifMatch, product.getVersion());
        long used = db.em().createQuery("SELECT COUNT(l) FROM OpportunityLine l WHERE l.productId = :id", Long.class)
                .setParameter("id", product.getId()).getSingleResult();
        if (used > 0) {
            throw Problems.conflict("accounts.problem.product-in-use");
        }
        ProductView before = ProductView.of(product);
        db.em().createQuery("DELETE FROM PriceListItem i WHERE i.productId = :id").setParameter("id", product.getId())
                .executeUpdate();
        db.em().remove(product);
        changes.deleted("product", product.getId(), before);
    }

    /**
     * The price of {@code product} for a customer group and channel on {@code date}: from the most
     * specific price list valid that day that lists it (group and channel both matching beat one,
     * one beats a general list; then the latest start), else the list price.
     */
    @Transactional
    public PriceQuote price(Product product, String customerGroup, String channel, LocalDate date) {
        List<Object[]> rows = db.em().createQuery("SELECT l, i.price FROM PriceList l, PriceListItem i "
                        + "WHERE i.priceListId = l.id AND i.productId = :product AND l.validFrom <= :date "
                        + "AND (l.validTo IS NULL OR l.validTo >= :date)", Object[].class)
                .setParameter("product", product.getId()).setParameter("date", date).getResultList();
        return rows.stream()
                .filter(row -> applies(((PriceList) row[0]).getCustomerGroup(), customerGroup)
                        && applies(((PriceList) row[0]).getChannel(), channel))
                .max(Comparator.<Object[]>comparingInt(row -> specificity((PriceList) row[0]))
                        .thenComparing(row -> ((PriceList) row[0]).getValidFrom()))
                .map(row -> new PriceQuote(Ids.format(product.getId()), (BigDecimal) row[1],
                        Ids.format(((PriceList) row[0]).getId()), ((PriceList) row[0]).getName(), date))
                .orElseGet(() -> new PriceQuote(Ids.format(product.getId()), product.getListPrice(), null, null, date));
    }

    private static boolean applies(String listValue, String customerValue) {
        return listValue == null || listValue.equals(customerValue);
    }

    private static int specificity(PriceList list) {
        return (list.getCustomerGroup() == null ? 0 : 1) + (list.getChannel() == null ? 0 : 1);
    }

    public Product requireProduct(String field, String id) {
        return Ids.parse(id == null ? "" : id).flatMap(parsed -> db.find(Product.class, parsed))
                .orElseThrow(() -> Problems.invalid(field, "accounts.validation.product.unknown"));
    }

    /** True when {@code category} is {@code from} or above it in the tree: moving under {@code from} would make a cycle. */
    private boolean isAncestorOrSelf(long category, Long from) {
        Set<Long> seen = new HashSet<>();
        for (Long current = from; current != null && seen.add(current);
             current = db.find(ProductCategory.class, current).map(ProductCategory::getParentId).orElse(null)) {
            if (current == category) {
                return true;
            }
        }
        return false;
    }

    private Long categoryRef(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return Ids.parse(id).flatMap(parsed -> db.find(ProductCategory.class, parsed)).map(ProductCategory::getId)
                .orElseThrow(() -> Problems.invalid(field, "accounts.validation.category.unknown"));
    }

    private void uniqueCode(String code, Long self) {
        long same = Jpql.from(db.em(), Product.class, "p").where("p.code = :code", "code", code)
                .where("p.id <> :self", "self", self).count();
        if (same > 0) {
            throw Problems.conflict("accounts.problem.product-code", code).with("field", "code");
        }
    }
}
