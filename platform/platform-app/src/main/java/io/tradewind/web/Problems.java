package io.tradewind.web;

import io.tradewind.i18n.Messages;
import java.util.List;
import java.util.Map;

/** Factories for the problems application code raises, with translated details. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException of(ProblemType type, String detailKey, Object... args) {
        return new ProblemException(type, Messages.get(detailKey, args));
    }

    public static ProblemException notFound(Class<?> entityType) {
        return of(ProblemType.NOT_FOUND, "problem.not-found.entity", entityName(entityType));
    }

    public static ProblemException notFound(String detailKey, Object... args) {
        return of(ProblemType.NOT_FOUND, detailKey, args);
    }

    /** A 400 naming one invalid field. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldError(field, Messages.get(messageKey, args))));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? Messages.get("problem.validation.one", errors.get(0).field(), errors.get(0).message())
                : Messages.get("problem.validation.many", errors.size());
        ProblemException problem = new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of());
        if (errors.size() == 1) {
            problem.with("field", errors.get(0).field());
        }
        return problem;
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return of(ProblemType.CONFLICT, detailKey, args);
    }

    public static ProblemException forbidden() {
        return of(ProblemType.FORBIDDEN, "problem.forbidden.detail");
    }

    public static ProblemException unauthorized() {
        return of(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail");
    }

    /** The translated name of an entity type, from {@code entity.<SimpleName>}. */
    public static String entityName(Class<?> entityType) {
        return Messages.get("entity." + entityType.getSimpleName());
    }
}
