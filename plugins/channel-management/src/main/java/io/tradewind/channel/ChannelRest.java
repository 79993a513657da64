package io.tradewind.channel;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Everything under {@code /api/v1/plugins/channel-management/}. Reading needs {@code channel.read}
 * (checked by the host), changing needs {@code channel.manage}.
 */
@Extension
public class ChannelRest implements RestContribution {

    static final String READ = "channel.read";
    static final String MANAGE = "channel.manage";

    @Override
    public String permission() {
        return READ;
    }

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        try {
            String[] parts = request.path().replaceAll("^/+|/+$", "").split("/");
            if (!request.method().equals("GET") && !request.caller().has(MANAGE)) {
                throw Problem.forbidden();
            }
            Map<String, Object> body = Json.object(request.body());
            Routes routes = new Routes(context, new ChannelStore(context::customObjects), request);
            return routes.dispatch(request.method(), parts, body);
        } catch (Problem problem) {
            return problem.response(context);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Problem.invalid(e.getMessage()).response(context);
        }
    }
}
