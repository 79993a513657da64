package io.tradewind.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: reads carry {@code ETag: "<version>"}; updates and deletes must send
 * it back in {@code If-Match}. No If-Match is a 428, a stale one a 412, so no update is ever lost.
 */
public final class Etags {

    public static final String IF_MATCH = "If-Match";

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks the client's If-Match against the current version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || unquote(tag).equals(expected)) {
                return;
            }
        }
        throw Problems.of(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail")
                .withHeader("ETag", "\"" + currentVersion + "\"");
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
