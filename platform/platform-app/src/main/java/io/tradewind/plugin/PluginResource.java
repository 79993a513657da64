package io.tradewind.plugin;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's plugins: the admin's operations, the console's UI listing, and every plugin's REST
 * contribution under {@code /plugins/{id}/…}. The admin sub-paths ({@code enable}, {@code upgrade}, {@code disable},
 * {@code settings}, {@code failures}, {@code export}, {@code uninstall}, {@code ui}) are reserved: literal
 * paths win over a plugin's own in JAX-RS matching.
 */
@Path("/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginResource {

    @Inject
    PluginService plugins;

    @Inject
    PluginRequests requests;

    @Inject
    PluginResources resources;

    @Inject
    Enablements enablements;

    @Inject
    Extensions extensions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.PLUGINS_READ)
    @Operation(summary = "List the plugins this tenant may enable, with versions, compatibility and state")
    public Page<PluginView> list() {
        return plugins.list();
    }

    @GET
    @Path("/ui")
    @Operation(summary = "The UI modules the console mounts for the caller (enabled plugins only)")
    public UiListing.Items ui() {
        List<UiListing> items = new ArrayList<>();
        var who = caller.get();
        for (EnabledPlugin enabled : enablements.current()) {
            HostedPlugin plugin = enabled.plugin();
            Map<String, String> translations = resources.bundle(plugin, "i18n/ui", RequestLocale.current());
            for (UiContribution contribution : plugin.extensions(UiContribution.class)) {
                for (UiModule module : contribution.modules()) {
                    if (module.permission() == null || who.permissions().contains(module.permission())) {
                        items.add(new UiListing(plugin.id(), plugin.version(), module.key(), module.slot(),
                                module.title().in(RequestLocale.current()),
                                "/api/v1/plugins/" + plugin.id() + "/ui/" + module.resource(), translations));
                    }
                }
            }
        }
        return new UiListing.Items(items);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.PLUGINS_READ)
    @Operation(summary = "One plugin with this tenant's settings and health")
    public Response get(@PathParam("id") String id) {
        return tagged(plugins.get(id), id);
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Enable (install) a plugin for this tenant", description = "Settings are validated against the plugin's JSON Schema; re-enabling lifts a suspension.")
    public Response enable(@PathParam("id") String id, @Valid EnableRequest request) {
        return tagged(plugins.enable(id, request), id);
    }

    @POST
    @Path("/{id}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Upgrade this tenant to a newer version of a plugin (the newest when none is named)",
            description = "Other tenants keep their versions. 409 when the version is not newer than the installed one, "
                    + "404 when the plugin was never enabled; settings are checked against the new version's schema.")
    public Response upgrade(@PathParam("id") String id, @Valid UpgradeRequest request) {
        return tagged(plugins.upgrade(id, request), id);
    }

    @POST
    @Path("/{id}/disable")
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Disable a plugin for this tenant; its data and settings are kept")
    public PluginView disable(@PathParam("id") String id) {
        return plugins.disable(id);
    }

    @PUT
    @Path("/{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Replace this tenant's settings of a plugin",
            description = "Needs If-Match with the ETag of GET /plugins/{id} or of enable: 428 without it, 412 when stale.")
    public Response settings(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch,
                             @Valid @NotNull SettingsRequest request) {
        return tagged(plugins.changeSettings(id, request, ifMatch), id);
    }

    /** The installation's version as the ETag, when the tenant has one (If-Match on settings). */
    private Response tagged(PluginView view, String id) {
        Response.ResponseBuilder response = Response.ok(view);
        plugins.installationVersion(id).ifPresent(version -> response.tag(Etags.of(version)));
        return response.build();
    }

    @GET
    @Path("/{id}/failures")
    @RequiresPermission(Permission.PLUGINS_READ)
    @Operation(summary = "The latest failed calls into a plugin for this tenant")
    public List<PluginFailureView> failures(@PathParam("id") String id) {
        return plugins.failures(id);
    }

    @GET
    @Path("/{id}/export")
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Export what the tenant keeps about a plugin (do this before uninstalling)")
    public PluginExport export(@PathParam("id") String id) {
        return plugins.export(id);
    }

    @POST
    @Path("/{id}/uninstall")
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Uninstall a disabled plugin: removes its settings and data for this tenant",
            description = "409 while enabled: disable it (and export) first.")
    public Response uninstall(@PathParam("id") String id) {
        plugins.uninstall(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/ui/{path: .+}")
    @Produces({"text/javascript", MediaType.APPLICATION_JSON})
    @Operation(summary = "A file of an enabled plugin's UI (ES module)")
    public Response uiFile(@PathParam("id") String id, @PathParam("path") String path) {
        EnabledPlugin enabled = plugins.enabledOrNotFound(id);
        boolean declared = enabled.plugin().extensions(UiContribution.class).stream()
                .flatMap(c -> c.modules().stream()).anyMatch(m -> m.resource().equals(path));
        Optional<byte[]> file = declared ? resources.file(enabled.plugin(), path) : Optional.empty();
        byte[] body = file.orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND, "problem.not-found.plugin-path", id, path));
        return Response.ok(body, "text/javascript; charset=UTF-8").header("Cache-Control", "private, max-age=60").build();
    }

    @POST
    @Path("/-/preview/lead-score")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Try the tenant's lead scoring plugins on sample facts", description = "204 when no plugin answers.")
    public Response previewScore(@NotNull LeadFactsRequest lead) {
        Optional<LeadScore> score = extensions.scoreLead(lead.facts());
        return score.map(s -> Response.ok(s)).orElse(Response.noContent()).build();
    }

    @POST
    @Path("/-/preview/lead-route")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLUGINS_MANAGE)
    @Operation(summary = "Try the tenant's lead routing plugins on sample facts", description = "204 when no plugin answers.")
    public Response previewRoute(@NotNull LeadFactsRequest lead) {
        Optional<LeadRoute> route = extensions.routeLead(lead.facts());
        return route.map(r -> Response.ok(r)).orElse(Response.noContent()).build();
    }

    @GET
    @Path("/{id}/{path: .+}")
    @Operation(summary = "A plugin's REST contribution (GET)", description = "404 for a tenant that has not enabled the plugin.")
    public Response pluginGet(@PathParam("id") String id, @PathParam("path") String path) {
        return dispatch("GET", id, path, null);
    }

    @POST
    @Path("/{id}/{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A plugin's REST contribution (POST)", description = "404 for a tenant that has not enabled the plugin.")
    public Response pluginPost(@PathParam("id") String id, @PathParam("path") String path, String body) {
        return dispatch("POST", id, path, body);
    }

    @PUT
    @Path("/{id}/{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A plugin's REST contribution (PUT)")
    public Response pluginPut(@PathParam("id") String id, @PathParam("path") String path, String body) {
        return dispatch("PUT", id, path, body);
    }

    @PATCH
    @Path("/{id}/{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A plugin's REST contribution (PATCH)")
    public Response pluginPatch(@PathParam("id") String id, @PathParam("path") String path, String body) {
        return dispatch("PATCH", id, path, body);
    }

    @DELETE
    @Path("/{id}/{path: .+}")
    @Operation(summary = "A plugin's REST contribution (DELETE)")
    public Response pluginDelete(@PathParam("id") String id, @PathParam("path") String path) {
        return dispatch("DELETE", id, path, null);
    }

    private Response dispatch(String method, String id, String path, String body) {
        return requests.handle(caller.get(), id, method, "/" + path, uri.getQueryParameters(), body);
    }
}
