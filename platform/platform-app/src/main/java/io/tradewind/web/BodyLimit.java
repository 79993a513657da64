package io.tradewind.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the request-body limit for one endpoint (uploads); others get {@code TRADEWIND_MAX_BODY_BYTES}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    long bytes();
}
