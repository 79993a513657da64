package io.tradewind.lead;

import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates the body of an action on a record ({@code POST /leads/{id}/…}) after the record was
 * found: a record the caller cannot see must answer 404 whatever the body, so the body cannot be
 * checked by {@code @Valid} before the method runs.
 */
public final class Requests {

    private Requests() {
    }

    public static <T> T validate(Validator validator, T request) {
        if (request == null) {
            throw Problems.of(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
