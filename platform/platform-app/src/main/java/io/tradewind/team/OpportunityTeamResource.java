package io.tradewind.team;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.opportunity.OpportunityService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** The team (销售团队) of an opportunity: users besides the owner who may read, or read and edit, it. */
@Path("/opportunities/{id}/team")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityTeamResource {

    @Inject
    TeamService teams;

    @Inject
    OpportunityService opportunities;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "The opportunity's team members")
    public List<TeamMemberView> list(@PathParam("id") String id) {
        return teams.list(opportunities::require, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @APIResponse(responseCode = "200", description = "Access changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberView.class)))
    @Operation(summary = "Add a team member or change their access", description = "access read-only or read-write "
            + "(default); 201 when the user joins, 200 when their access changes. Only callers who see the opportunity "
            + "through its owner manage the team.")
    public Response put(@PathParam("id") String id, TeamMemberRequest request) {
        return teams.put(opportunities::require, id, request).response(uri);
    }

    @DELETE
    @Path("/{userId}")
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @Operation(summary = "Remove a team member")
    public Response remove(@PathParam("id") String id, @PathParam("userId") String userId) {
        teams.remove(opportunities::require, id, userId);
        return Response.noContent().build();
    }
}
