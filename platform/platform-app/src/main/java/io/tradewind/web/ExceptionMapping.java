package io.tradewind.web;

import io.tradewind.i18n.Messages;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every exception that leaves a resource into problem+json: bad input is a 4xx that says
 * what was wrong, never a 500 and never a stack trace.
 */
@Provider
public class ExceptionMapping implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMapping.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?", Pattern.CASE_INSENSITIVE);
    /** How the JAX-RS runtime names a query or header parameter it could not convert, e.g. {@code QueryParam("page")}. */
    private static final Pattern UNCONVERTIBLE_PARAMETER = Pattern.compile("(?:Query|Header|Form)Param\\(\"([^\"]+)\"\\)");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        ProblemException problem = toProblem(thrown);
        if (problem.type() == ProblemType.INTERNAL) {
            LOG.log(Level.SEVERE, "Unhandled failure serving " + path(), thrown);
        } else if (problem.type() == ProblemType.UNAVAILABLE) {
            LOG.warning(() -> "Unavailable serving " + path() + ": " + thrown);
        }
        return ProblemDocument.response(problem, path());
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }

    static ProblemException toProblem(Throwable thrown) {
        // A problem raised deep down (e.g. by a body-size limit inside the JSON reader) wins over
        // the wrappers around it.
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            Optional<ProblemException> problem = known(cause);
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        Optional<ProblemException> badParameter = unconvertibleParameter(thrown);
        if (badParameter.isPresent()) {
            return badParameter.get();
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web);
        }
        return Problems.of(ProblemType.INTERNAL, "problem.internal.detail");
    }

    private static Optional<ProblemException> known(Throwable cause) {
        if (cause instanceof ConstraintViolationException violations) {
            return Optional.of(Problems.invalid(fieldErrors(violations)));
        }
        if (cause instanceof JsonParsingException || cause instanceof JsonbException) {
            return Optional.of(malformed(cause));
        }
        if (cause instanceof OptimisticLockException
                || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
            return Optional.of(Problems.of(ProblemType.CONCURRENT_MODIFICATION, "problem.concurrent-modification.detail"));
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return Optional.of(Problems.conflict("problem.conflict.duplicate"));
        }
        if (databaseUnreachable(cause)) {
            return Optional.of(Problems.of(ProblemType.UNAVAILABLE, "problem.unavailable.database")
                    .withHeader("Retry-After", "5"));
        }
        return Optional.empty();
    }

    /**
     * A database outage is not the caller's fault nor a bug: 503, so clients and balancers retry.
     * SQL state class 08 is a connection exception; Liberty rethrows H2's as a plain SQLException
     * keeping H2's own state 90067 (connection broken).
     */
    private static boolean databaseUnreachable(Throwable cause) {
        return cause instanceof SQLRecoverableException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("90067"));
    }

    /**
     * JAX-RS answers a query parameter it cannot convert ({@code ?page=abc}) with a 404 (or a 400 for
     * other kinds): the address is right, the value is wrong, so it is a 400 naming the parameter.
     */
    static Optional<ProblemException> unconvertibleParameter(Throwable thrown) {
        if (!(thrown instanceof NotFoundException || thrown instanceof BadRequestException)) {
            return Optional.empty();
        }
        Matcher parameter = UNCONVERTIBLE_PARAMETER.matcher(String.valueOf(thrown.getMessage()));
        return parameter.find() ? Optional.of(Problems.invalid(parameter.group(1), "validation.type")) : Optional.empty();
    }

    private static ProblemException fromStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        ProblemException problem = web instanceof NotFoundException
                ? Problems.of(ProblemType.NOT_FOUND, "problem.not-found.path")
                : Problems.of(type, "problem." + type.slug() + ".detail");
        if (web instanceof NotAllowedException) {
            String allow = web.getResponse().getHeaderString("Allow");
            if (allow != null) {
                problem.withHeader("Allow", allow);
            }
        }
        return problem;
    }

    private static ProblemException malformed(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        Matcher property = JSON_PROPERTY.matcher(message);
        if (property.find()) {
            return Problems.invalid(property.group(1), "validation.type");
        }
        return Problems.of(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json");
    }

    static List<FieldError> fieldErrors(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation.getPropertyPath()), message(violation)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String fieldName(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last == null ? "body" : last;
    }

    private static String message(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String template = violation.getMessageTemplate();
        if (template.startsWith("{tradewind.") && template.endsWith("}")) {
            return Messages.get(template.substring("{tradewind.".length(), template.length() - 1));
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Messages.get("validation.required");
            case "Size" -> Messages.get("validation.size", attributes.get("min"), attributes.get("max"));
            case "Email" -> Messages.get("validation.email");
            case "Pattern" -> Messages.get("validation.pattern");
            case "Min", "DecimalMin" -> Messages.get("validation.min", attributes.get("value"));
            case "Max", "DecimalMax" -> Messages.get("validation.max", attributes.get("value"));
            case "Positive" -> Messages.get("validation.positive");
            case "PositiveOrZero" -> Messages.get("validation.min", 0);
            case "Past", "PastOrPresent" -> Messages.get("validation.past");
            case "Future", "FutureOrPresent" -> Messages.get("validation.future");
            default -> violation.getMessage();
        };
    }
}
