package io.tradewind.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of request parameters and bodies. Registered for the exact type so that
 * it wins over the JAX-RS runtime's own mapper (which answers text/plain).
 */
@Provider
public class ConstraintViolationMapping implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException violations) {
        return ProblemDocument.response(Problems.invalid(ExceptionMapping.fieldErrors(violations)),
                uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
    }
}
