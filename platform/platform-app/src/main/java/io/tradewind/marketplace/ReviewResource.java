package io.tradewind.marketplace;

import io.tradewind.access.Caller;
import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Ids;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operators' review queue: list versions, download a package, approve or reject it. */
@Path("/platform/marketplace/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class ReviewResource {

    @Inject
    MarketplaceService marketplace;

    @Inject
    Binaries binaries;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "List uploaded versions", description = "status=pending (the default) is the review queue, oldest first; "
            + "approved or rejected list decided versions, newest first.")
    public Page<VersionView> list(@Valid @BeanParam PageRequest page, @QueryParam("status") String status) {
        MarketplaceVersion.Status wanted = Params.enumValue("status", MarketplaceVersion.Status.class, status);
        return marketplace.versions(page, wanted == null ? MarketplaceVersion.Status.PENDING : wanted);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "Get an uploaded version")
    public VersionView get(@PathParam("id") String id) {
        return marketplace.version(versionId(id));
    }

    @GET
    @Path("/{id}/package")
    @Produces({"application/java-archive", MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "Download a version's package (the jar as uploaded) to review it")
    public Response download(@PathParam("id") String id) {
        VersionView version = marketplace.version(versionId(id));
        long versionId = versionId(id);
        StreamingOutput body = out -> binaries.copy(versionId, out);
        return Response.ok(body, "application/java-archive")
                .header("Content-Disposition", "attachment; filename=\"" + version.pluginId() + "-" + version.version() + ".jar\"")
                .header("Content-Length", version.size())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(version.sha256())))
                .build();
    }

    @POST
    @Path("/{id}/approve")
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "Approve a pending version: every replica loads it within the marketplace poll interval")
    public VersionView approve(@PathParam("id") String id, @Valid ReviewRequest request) {
        return marketplace.review(versionId(id), MarketplaceVersion.Status.APPROVED,
                request == null ? null : request.reason(), operator());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "Reject a pending version with a reason the vendor sees")
    public VersionView reject(@PathParam("id") String id, @Valid ReviewRequest request) {
        return marketplace.review(versionId(id), MarketplaceVersion.Status.REJECTED,
                request == null ? null : request.reason(), operator());
    }

    private AuditLog.Actor operator() {
        Caller operator = caller.get();
        return new AuditLog.Actor(operator.userId(), operator.name());
    }

    private static long versionId(String id) {
        return Ids.parse(id).orElseThrow(() -> Problems.notFound(MarketplaceVersion.class));
    }
}
