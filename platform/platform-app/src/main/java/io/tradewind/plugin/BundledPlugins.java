package io.tradewind.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The first-party plugin packages the build puts into the application under {@code bundled-plugins/}. */
final class BundledPlugins {

    private static final String FOLDER = "bundled-plugins/";

    private BundledPlugins() {
    }

    /** The package file names in {@code bundled-plugins/index.txt} (blank lines and # comments skipped). */
    static List<String> names() {
        try (InputStream index = resource("index.txt")) {
            if (index == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary file with the package's bytes (the host copies it into the plugin folder). */
    static Path extract(String name) throws IOException {
        try (InputStream in = resource(name)) {
            if (in == null) {
                throw new IOException(FOLDER + name + " is listed but not in the application (was it built?)");
            }
            Path copy = Files.createTempFile("tradewind-bundled-", ".jar");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }

    private static InputStream resource(String name) {
        return BundledPlugins.class.getClassLoader().getResourceAsStream(FOLDER + name);
    }
}
