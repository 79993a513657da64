package io.tradewind.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors raised outside JAX-RS (the security layer's 401 and 403, unknown paths, failures in
 * servlets) also answer problem+json; web.xml sends every error here.
 */
@WebServlet(name = "errors", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && status >= 500) {
            LOG.log(Level.SEVERE, "Unhandled failure", failure);
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemException problem = switch (type) {
            case UNAUTHORIZED -> Problems.unauthorized();
            case FORBIDDEN -> Problems.forbidden();
            case NOT_FOUND -> Problems.of(type, "problem.not-found.path");
            default -> Problems.of(type, "problem." + type.slug() + ".detail");
        };
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatus(type.status() == status ? status : type.status());
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.getWriter().write(ProblemDocument.render(problem, uri).toString());
    }
}
