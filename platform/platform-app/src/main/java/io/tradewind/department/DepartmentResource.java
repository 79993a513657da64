package io.tradewind.department;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's departments (a tree). */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments")
public class DepartmentResource {

    @Inject
    DepartmentService departments;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.DEPARTMENTS_READ)
    @Operation(summary = "List departments", description = "Flat and paged, in tree order; filter by parentId or q.")
    public Page<DepartmentView> list(@Valid @BeanParam PageRequest page, @QueryParam("parentId") String parentId,
                                     @QueryParam("q") String q) {
        return departments.list(page, parentId, q);
    }

    @GET
    @Path("/tree")
    @RequiresPermission(Permission.DEPARTMENTS_READ)
    @Operation(summary = "The whole department tree")
    public List<DepartmentView> tree() {
        return departments.tree();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.DEPARTMENTS_READ)
    @Operation(summary = "Get a department")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(departments.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.DEPARTMENTS_MANAGE)
    @Operation(summary = "Create a department")
    public Response create(@Valid @NotNull DepartmentRequest request) {
        DepartmentView created = departments.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.DEPARTMENTS_MANAGE)
    @Operation(summary = "Rename or move a department (name, parentId, managerId, sortOrder)", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(departments.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.DEPARTMENTS_MANAGE)
    @Operation(summary = "Delete an empty department", description = "Needs If-Match; 409 while it has users or sub-departments.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        departments.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
