package io.tradewind.api.web;

import io.tradewind.api.PluginContext;
import org.pf4j.ExtensionPoint;

/**
 * Serves a plugin's REST resources under {@code /api/v1/plugins/{pluginId}/…}.
 *
 * <p>The host applies the core's rules before the plugin sees a request: a valid token, the
 * caller's tenant only (a tenant that has not enabled the plugin gets a {@code 404} problem), the
 * {@link #permission()} if declared, body size limits, a request id, and an audit entry for every
 * method other than {@code GET} and {@code HEAD}.
 */
public interface RestContribution extends ExtensionPoint {

    /**
     * A permission the caller must hold for any request, beyond being signed in to the tenant.
     *
     * @return the permission name, or {@code null} for none
     */
    default String permission() {
        return null;
    }

    /**
     * Answers a request.
     *
     * @param context the tenant's context
     * @param request the request
     * @return the answer; return {@link RestResponse#problem(int, String, String)} with
     *     {@code 404} for a path the plugin does not serve
     */
    RestResponse handle(PluginContext context, RestRequest request);
}
