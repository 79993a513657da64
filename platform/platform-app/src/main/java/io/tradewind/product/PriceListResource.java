package io.tradewind.product;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.product.ProductRequests.PriceListRequest;
import io.tradewind.product.ProductViews.PriceListView;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Price lists (价格政策) per customer group or channel, with validity periods. */
@Path("/price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class PriceListResource {

    @Inject
    PriceListService priceLists;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "List price lists", description = "Filter by customerGroup, channel, validOn (a date), q.")
    public Page<PriceListView> list(@Valid @BeanParam PageRequest page, @QueryParam("customerGroup") String customerGroup,
                                    @QueryParam("channel") String channel, @QueryParam("validOn") String validOn,
                                    @QueryParam("q") String q) {
        return priceLists.list(page, customerGroup, channel, date(validOn), q);
    }

    private static LocalDate date(String validOn) {
        try {
            return validOn == null || validOn.isBlank() ? null : LocalDate.parse(validOn);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("validOn", "validation.date");
        }
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Export price lists as CSV or XLSX", description = "The list's filters and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @QueryParam("customerGroup") String customerGroup,
                           @QueryParam("channel") String channel, @QueryParam("validOn") String validOn,
                           @QueryParam("q") String q) {
        return priceLists.export(format, page, customerGroup, channel, date(validOn), q);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_READ)
    @Operation(summary = "Get a price list with its prices")
    public Response get(@PathParam("id") String id) {
        PriceListView view = priceLists.get(id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriceListView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Create a price list")
    public Response create(@Valid @NotNull PriceListRequest request) {
        PriceListView created = priceLists.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Update a price list", description = "Needs If-Match; items, when given, replace all prices.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        PriceListView view = priceLists.update(id, ifMatch, body);
        return Answers.ok(view);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.PRODUCTS_MANAGE)
    @Operation(summary = "Delete a price list", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        priceLists.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
