package io.tradewind.testplugin.faulty;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import org.pf4j.Extension;

/** Throws on /boom, hangs on /hang. */
@Extension
public class FaultyRest implements RestContribution {

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        if (request.path().equals("/hang")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("boom");
    }
}
