package io.tradewind.api;

/**
 * A semantic version of the platform API.
 *
 * @param major incremented on breaking changes
 * @param minor incremented on compatible additions
 * @param patch incremented on fixes that change no signature
 */
public record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

    /** The version of the API this artifact carries. */
    public static final ApiVersion CURRENT = new ApiVersion(1, 2, 0);

    /**
     * Creates a version, refusing negative parts.
     *
     * @throws IllegalArgumentException when a part is negative
     */
    public ApiVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /**
     * Parses {@code major.minor.patch}; a missing minor or patch counts as zero.
     *
     * @param text the version, such as {@code 1.2.0}
     * @return the parsed version
     * @throws IllegalArgumentException when the text is not a version
     */
    public static ApiVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length == 0 || parts.length > 3) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return new ApiVersion(major, minor, patch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a version: " + text, e);
        }
    }

    @Override
    public int compareTo(ApiVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
