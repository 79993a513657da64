package io.tradewind.plugin;

import io.tradewind.access.Caller;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import io.tradewind.audit.AuditLog;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.web.ProblemException;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serves a request to a plugin's REST contribution with the core's rules around it. */
@ApplicationScoped
public class PluginRequests {

    @Inject
    PluginService plugins;

    @Inject
    PluginCalls calls;

    @Inject
    AuditLog audit;

    @Transactional
    public Response handle(Caller caller, String pluginId, String method, String path,
                           Map<String, List<String>> query, String body) {
        EnabledPlugin enabled = plugins.enabledOrNotFound(pluginId);
        List<RestContribution> contributions = enabled.plugin().extensions(RestContribution.class);
        if (contributions.isEmpty()) {
            throw Problems.of(ProblemType.NOT_FOUND, "problem.not-found.plugin-path", pluginId, path);
        }
        RestContribution contribution = contributions.get(0);
        if (contribution.permission() != null && !caller.permissions().contains(contribution.permission())) {
            throw Problems.forbidden();
        }
        RestRequest request = new RestRequest(method, path, query, body == null ? "" : body,
                new io.tradewind.api.web.Caller(caller.userId(), caller.permissions()));
        CallOutcome<RestResponse> outcome = calls.call(enabled, "RestContribution", RequestLocale.current(),
                context -> contribution.handle(context, request));
        if (!outcome.ok() || outcome.value() == null) {
            throw Problems.of(ProblemType.UNAVAILABLE, "problem.unavailable.plugin", pluginId);
        }
        RestResponse response = outcome.value();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("pluginId", pluginId);
            what.put("method", method);
            what.put("path", path);
            what.put("status", response.status());
            audit.record("plugin.request", "plugin", null, null, what);
        }
        if (response.isProblem()) {
            throw new ProblemException(ProblemType.forStatus(response.status()), response.body())
                    .with("code", pluginId + "/" + response.code());
        }
        return Response.status(response.status()).type(MediaType.APPLICATION_JSON).entity(response.body()).build();
    }
}
