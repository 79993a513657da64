package io.tradewind.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the request being served: taken from {@code X-Request-Id} when sane, else generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static String adopt(String incoming) {
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    static void clear() {
        CURRENT.remove();
    }
}
