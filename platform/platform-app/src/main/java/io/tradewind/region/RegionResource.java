package io.tradewind.region;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region hierarchy (province → prefecture → county → town), reference data for every tenant. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
public class RegionResource {

    @Inject
    RegionDirectory regions;

    @GET
    @Operation(summary = "List regions", description = "The children of parentCode (the provinces without it), "
            + "or, with q, the regions whose name contains q (at most 50).")
    public List<Region> list(@QueryParam("parentCode") String parentCode, @QueryParam("q") String q) {
        if (q != null && !q.isBlank()) {
            return regions.search(q, 50);
        }
        return regions.children(parentCode == null || parentCode.isBlank() ? null : parentCode.strip());
    }

    @GET
    @Path("/path")
    @Operation(summary = "A region and its ancestors", description = "From the province down to the region with this code; empty when unknown.")
    public List<Region> path(@QueryParam("code") String code) {
        return regions.path(code);
    }
}
