package io.tradewind.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A person who types a wrong address into the browser gets the console's page (still a 404), which
 * shows its "page not found" screen, instead of a problem+json document. Everything else (the API,
 * files under /assets/, clients that do not ask for HTML) keeps the problem answer of
 * {@code ErrorPageServlet}.
 */
@WebFilter(filterName = "consolePageOnError", urlPatterns = "/error", dispatcherTypes = DispatcherType.ERROR)
public class ConsolePageOnError extends HttpFilter {

    private static final Set<String> NOT_CONSOLE = Set.of("/api/", ConsoleFilter.ASSETS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!wantsConsolePage(request)) {
            chain.doFilter(request, response);
            return;
        }
        try (InputStream page = getServletContext().getResourceAsStream("/index.html")) {
            if (page == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/html;charset=UTF-8");
            ConsoleFilter.page(response);
            page.transferTo(response.getOutputStream());
        }
    }

    static boolean wantsConsolePage(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        String method = request.getMethod();
        return Integer.valueOf(HttpServletResponse.SC_NOT_FOUND).equals(status)
                && ("GET".equals(method) || "HEAD".equals(method))
                && accept != null && accept.contains("text/html")
                && uri != null && NOT_CONSOLE.stream().noneMatch(uri::startsWith);
    }
}
