package io.tradewind.testplugin.badtables;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import org.pf4j.Extension;

/** Never reached: the host does not start a plugin whose migrations it refused. */
@Extension
public class BadRest implements RestContribution {

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        return RestResponse.ok("{}");
    }
}
