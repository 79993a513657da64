package io.tradewind.plugin;

import java.util.List;

/**
 * What a plugin's classloader refuses to load from the host: everything of the application but
 * the SPI, and the libraries the application packages for itself. Plugins see the SPI, PF4J, the
 * JDK and the Jakarta APIs, nothing else of ours.
 */
public final class HostileClassFilter {

    private static final List<String> HIDDEN = List.of("io.tradewind.", "org.flywaydb.", "org.jose4j.",
            "com.github.f4b6a3.", "com.networknt.", "tools.jackson.", "com.fasterxml.", "org.eclipse.persistence.",
            "com.ibm.", "io.openliberty.",
            "com.cronutils.");

    private HostileClassFilter() {
    }

    public static boolean hidden(String className) {
        if (className.startsWith("io.tradewind.api.")) {
            return false;
        }
        for (String prefix : HIDDEN) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean hiddenResource(String path) {
        return path.endsWith(".class") && hidden(path.substring(0, path.length() - 6).replace('/', '.'));
    }
}
