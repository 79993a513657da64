package io.tradewind.customfield;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Custom fields (自定义字段) of leads, customers, contacts and opportunities. Records show their values
 * as {@code "customFields": {"code": value}}, take them on create and update, and their lists filter
 * by {@code cf.<code>=value}, {@code cf.<code>.from}, {@code cf.<code>.to}.
 */
@Path("/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class CustomFieldResource {

    @Inject
    CustomFieldService fields;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List custom fields", description = "Of one record type (entity) or all, in display order. "
            + "Records' lists filter by cf.<code>=value (choices: comma-separated codes, any of them) and, for "
            + "numbers and dates, cf.<code>.from / cf.<code>.to (inclusive).")
    public List<CustomFieldView> list(
            @QueryParam("entity") @Parameter(description = "lead, customer, contact or opportunity") String entity,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) fields") Boolean active) {
        return fields.list(entity, active);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a custom field")
    public Response get(@PathParam("id") String id) {
        CustomFieldView view = fields.get(id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomFieldView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CUSTOM_FIELDS_MANAGE)
    @Operation(summary = "Add a custom field", description = "409 when the code is taken for that record type.")
    public Response create(@Valid @NotNull CustomFieldRequest request) {
        CustomFieldView created = fields.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.CUSTOM_FIELDS_MANAGE)
    @Operation(summary = "Change a custom field", description = "Needs If-Match: labelEn, labelZh, required, sortOrder, "
            + "active, options (an option in use cannot be removed). Code, type, entity and lookup target are fixed.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        CustomFieldView view = fields.update(id, ifMatch, body);
        return Answers.ok(view);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.CUSTOM_FIELDS_MANAGE)
    @Operation(summary = "Delete an unused custom field", description = "Needs If-Match; 409 while records have values "
            + "(deactivate it instead) or when a plugin declared it.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        fields.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
