package io.tradewind.product;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.customer.Customer;
import io.tradewind.customer.CustomerService;
import io.tradewind.export.ExportFormat;
import io.tradewind.product.ProductRequests.ProductRequest;
import io.tradewind.product.ProductViews.PriceQuote;
import io.tradewind.product.ProductViews.ProductView;
import io.tradewind.persistence.Db;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products with their categories and units. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    @Inject
    ProductService products;

    @Inject
    CustomerService customers;

    @Inject
    Db db;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "List products", description = "Filter by categoryId, active, q (code or name); sort by code, name, listPrice.")
    public Page<ProductView> list(@Valid @BeanParam PageRequest page, @QueryParam("categoryId") String categoryId,
                                  @QueryParam("active") Boolean active, @QueryParam("q") String q) {
        return products.list(page, categoryId, active, q);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Export products as CSV or XLSX")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page,
                           @QueryParam("categoryId") String categoryId, @QueryParam("active") Boolean active,
                           @QueryParam("q") String q) {
        return products.export(format, page, categoryId, active, q);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Get a product")
    public Response get(@PathParam("id") String id) {
        ProductView view = products.get(id);
        return Answers.ok(view);
    }

    @GET
    @Path("/{id}/price")
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "The price of a product", description = "For a customer (its group and channel), or a "
            + "customerGroup and channel, on a date (default today): the most specific valid price list, else the list price.")
    @Transactional
    public PriceQuote price(@PathParam("id") String id, @QueryParam("customerId") String customerId,
                            @QueryParam("customerGroup") String customerGroup, @QueryParam("channel") String channel,
                            @QueryParam("date") String date) {
        Product product = db.require(Product.class, id);
        String group = customerGroup;
        String via = channel;
        if (customerId != null && !customerId.isBlank()) {
            Customer customer = customers.require(customerId);
            group = customer.getCustomerGroup();
            via = customer.getChannel();
        }
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("date", "validation.date");
        }
        return products.price(product, group, via, on);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Create a product")
    public Response create(@Valid @NotNull ProductRequest request) {
        ProductView created = products.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Update a product", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        ProductView view = products.update(id, ifMatch, body);
        return Answers.ok(view);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Delete a product", description = "Needs If-Match; 409 while an opportunity lists it.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        products.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
