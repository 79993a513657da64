package io.tradewind.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reading the named parts of a {@code multipart/form-data} request body. */
public final class MultipartParts {

    private MultipartParts() {
    }

    public static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /** The part's content as text, or null without such a part. */
    public static String text(List<EntityPart> parts, String name) throws IOException {
        Optional<EntityPart> part = part(parts, name);
        return part.isEmpty() ? null : part.get().getContent(String.class);
    }
}
