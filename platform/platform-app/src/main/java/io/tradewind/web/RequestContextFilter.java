package io.tradewind.web;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.tenancy.TenantContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id (echoed in {@code X-Request-Id}, written into every log line as
 * {@code ext_requestId} and into every problem) and a language, and clears all per-request thread
 * state when the request ends, whatever happened.
 */
@WebFilter(filterName = "requestContext", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestContextFilter extends HttpFilter {

    static final String REQUEST_ID_ATTRIBUTE = "io.tradewind.requestId";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean outermost = request.getAttribute(REQUEST_ID_ATTRIBUTE) == null;
        String id = RequestIds.adopt(outermost
                ? request.getHeader(RequestIds.HEADER)
                : (String) request.getAttribute(REQUEST_ID_ATTRIBUTE));
        request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        RequestLocale.set(RequestLocale.choose(request.getLocales(), request.getHeader("Accept-Language") != null));
        LogRecordContext.addExtension("requestId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outermost) {
                LogRecordContext.removeExtension("requestId");
                RequestIds.clear();
                RequestLocale.clear();
                TenantContext.leave();
            }
        }
    }
}
