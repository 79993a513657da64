package io.tradewind.plugin;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For platform operators: which plugin versions this server has loaded (ADR 0221). */
@Path("/platform/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformPluginResource {

    @Inject
    PluginHost host;

    @GET
    @RequiresPermission(Permission.MARKETPLACE_REVIEW)
    @Operation(summary = "The plugin versions this server has loaded",
            description = "The newest version of each plugin and every older one that some tenant still has enabled.")
    public LoadedVersionView.Items loaded() {
        return new LoadedVersionView.Items(host.loadedPlugins().stream()
                .map(p -> new LoadedVersionView(p.id(), p.version(),
                        host.version(p.id()).map(p.version()::equals).orElse(false), p.started()))
                .toList());
    }
}
