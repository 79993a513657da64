package io.tradewind.user;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** The tenant's users. Reading follows the caller's data scope; changes need users.manage. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.USERS_READ)
    @Operation(summary = "List users", description = "Filter by q (name or e-mail), status, departmentId, role.")
    public Page<UserView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                               @QueryParam("status") String status, @QueryParam("departmentId") String departmentId,
                               @QueryParam("role") String role) {
        return users.list(caller.get(), new UserService.Filter(q,
                Params.enumValue("status", UserAccount.Status.class, status),
                Params.id("departmentId", departmentId), role), page);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.USERS_READ)
    @Operation(summary = "Get a user")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(UserView.of(users.visible(caller.get(), id)));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitedUser.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.USERS_MANAGE)
    @Operation(summary = "Invite a user", description = "Takes a seat of the plan; 409 seat-limit-reached when none is left.")
    public Response invite(@Valid @NotNull InviteRequest request) {
        InvitedUser invited = users.invite(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(invited.user().id()).build()).entity(invited).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.USERS_MANAGE)
    @Operation(summary = "Change a user (name, roles, departmentId, locale, phone)", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(users.update(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("/{id}/disable")
    @RequiresPermission(Permission.USERS_MANAGE)
    @Operation(summary = "Disable a user: they can no longer sign in, and their seat is freed")
    public Response disable(@PathParam("id") String id) {
        return Answers.ok(users.disable(caller.get(), id));
    }

    @POST
    @Path("/{id}/enable")
    @RequiresPermission(Permission.USERS_MANAGE)
    @Operation(summary = "Enable a disabled user (takes a seat)")
    public Response enable(@PathParam("id") String id) {
        return Answers.ok(users.enable(caller.get(), id));
    }

    @POST
    @Path("/{id}/reset-password")
    @RequiresPermission(Permission.USERS_MANAGE)
    @Operation(summary = "Mail a password-reset link (or a new invitation to a user who has not accepted yet)",
            description = "In Keycloak mode the user must set a new password at their next sign-in (Keycloak's "
                    + "UPDATE_PASSWORD required action); keycloakMailSent says whether Keycloak also mailed a link.")
    public Response resetPassword(@PathParam("id") String id) {
        return Response.accepted(users.resetPassword(caller.get(), id)).build();
    }
}
