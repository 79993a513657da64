package io.tradewind.access;

import io.tradewind.i18n.Messages;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roles and the permission catalog. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
public class RoleResource {

    /** A permission with its name in the reader's language. */
    public record PermissionView(String code, String name) {
    }

    @Inject
    RoleService roles;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Path("/permissions")
    @RequiresPermission(Permission.ROLES_READ)
    @Operation(summary = "The permissions a tenant role can grant")
    public Page<PermissionView> permissions() {
        List<PermissionView> items = Arrays.stream(Permission.values()).filter(p -> !p.isPlatform())
                .map(p -> new PermissionView(p.code(), Messages.get("permission." + p.code()))).toList();
        return new Page<>(items, items.size(), 1, items.size());
    }

    @GET
    @Path("/roles")
    @RequiresPermission(Permission.ROLES_READ)
    @Operation(summary = "List roles", description = "Built-in roles first.")
    public Page<RoleView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q) {
        return roles.list(page, q);
    }

    @GET
    @Path("/roles/{id}")
    @RequiresPermission(Permission.ROLES_READ)
    @Operation(summary = "Get a role")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(roles.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleView.class)))
    @Path("/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ROLES_MANAGE)
    @Operation(summary = "Create a role", description = "Only permissions the caller holds can be granted.")
    public Response create(@Valid @NotNull RoleRequest request) {
        RoleView created = roles.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("roles").path(created.id()).build())
                .entity(created).tag(Etags.of(created.version())).build();
    }

    @PATCH
    @Path("/roles/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.ROLES_MANAGE)
    @Operation(summary = "Change a role (name, description, permissions, dataScope)", description = "Needs If-Match; built-in roles are read-only.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(roles.update(caller.get(), id, ifMatch, body));
    }

    @DELETE
    @Path("/roles/{id}")
    @RequiresPermission(Permission.ROLES_MANAGE)
    @Operation(summary = "Delete a role no user holds", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        roles.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
