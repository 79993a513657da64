package io.tradewind.product;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.product.ProductRequests.CategoryRequest;
import io.tradewind.product.ProductViews.CategoryView;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product categories. */
@Path("/product-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductCategoryResource {

    @Inject
    ProductService products;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "List product categories")
    public Page<CategoryView> list(@Valid @BeanParam PageRequest page, @QueryParam("parentId") String parentId,
                                   @QueryParam("q") String q) {
        return products.categories(page, parentId, q);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Export product categories as CSV or XLSX", description = "The list's filters and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @QueryParam("parentId") String parentId,
                           @QueryParam("q") String q) {
        return products.exportCategories(format, page, parentId, q);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Get a product category")
    public Response get(@PathParam("id") String id) {
        CategoryView view = products.category(id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Create a product category")
    public Response create(@Valid @NotNull CategoryRequest request) {
        CategoryView created = products.createCategory(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Rename or move a product category", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        CategoryView view = products.updateCategory(id, ifMatch, body);
        return Answers.ok(view);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Delete an unused product category", description = "Needs If-Match; 409 while products or sub-categories use it.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        products.deleteCategory(id, ifMatch);
        return Response.noContent().build();
    }
}
