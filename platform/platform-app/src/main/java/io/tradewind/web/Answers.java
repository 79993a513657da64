package io.tradewind.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers a resource gives with one record: the view and its ETag (and, for a create, its Location). */
public final class Answers {

    private Answers() {
    }

    /** 201 with {@code Location} (the request's path and the id), the view and its ETag. */
    public static Response created(UriInfo uri, Versioned view) {
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(view).tag(Etags.of(view.version())).build();
    }

    /** 200 with the view and its ETag. */
    public static Response ok(Versioned view) {
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }
}
