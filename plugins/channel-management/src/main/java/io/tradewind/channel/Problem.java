package io.tradewind.channel;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestResponse;

/** A refusal the REST contribution turns into a problem response, its detail in the caller's language. */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient Object[] args;

    private Problem(int status, String code, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    static Problem notFound(String what, Object id) {
        return new Problem(404, "not-found", what, id);
    }

    static Problem invalid(String detail) {
        return new Problem(400, "invalid", detail);
    }

    static Problem forbidden() {
        return new Problem(403, "forbidden");
    }

    static Problem conflict(String code, Object... args) {
        return new Problem(409, code, args);
    }

    RestResponse response(PluginContext context) {
        return RestResponse.problem(status, code, context.messages().get("problem." + code, context.locale(), args));
    }
}
