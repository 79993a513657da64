package io.tradewind.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching and framing rules for the console's files. The page ({@code /}, {@code /index.html}) is
 * checked with the server on every load, so a release takes effect at once; the files under
 * {@code /assets/} carry a content hash in their names and are cached for a year.
 */
@WebFilter(filterName = "console", urlPatterns = {"/", "/index.html", "/assets/*"})
public class ConsoleFilter extends HttpFilter {

    static final String ASSETS = "/assets/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(ASSETS)) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            page(response);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }

    /** Headers of the console's page, wherever it is answered from. */
    static void page(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
