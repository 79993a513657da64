package io.tradewind.web;

import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Honours {@code Idempotency-Key} on POST: the first request with a key runs and its response is
 * kept (per tenant, for a day); a retry with the same key and body gets that response again with
 * {@code Idempotent-Replayed: true}; the same key with another body is a 422; a retry while the
 * first is still running is a 409. Server errors release the key so the client can retry.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".key";
    private static final Pattern SANE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || TenantContext.current().isEmpty()) {
            return;
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw Problems.invalid(HEADER, "validation.idempotency-key");
        }
        byte[] body = readBody(request);
        String hash = hash(request.getUriInfo().getPath(), body);
        Optional<IdempotencyRecord> earlier = store.claim(key, hash);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIMED, key);
            return;
        }
        IdempotencyRecord record = earlier.get();
        if (!record.getRequestHash().equals(hash)) {
            throw Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
        }
        if (!record.isCompleted()) {
            throw Problems.of(ProblemType.IDEMPOTENCY_IN_PROGRESS, "problem.idempotency-in-progress.detail");
        }
        Response.ResponseBuilder replay = Response.status(record.getResponseStatus())
                .header(REPLAYED, "true")
                .type(record.getResponseStatus() >= 400 ? ProblemDocument.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        if (record.getResponseBody() != null) {
            replay.entity(record.getResponseBody());
        }
        if (record.getResponseLocation() != null) {
            replay.location(URI.create(record.getResponseLocation()));
        }
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(CLAIMED);
        if (key == null) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release((String) key);
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSONB.toJson(entity);
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        store.complete((String) key, response.getStatus(), body, location);
    }

    private static byte[] readBody(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
