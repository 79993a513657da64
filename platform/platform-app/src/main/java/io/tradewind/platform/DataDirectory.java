package io.tradewind.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Tradewind keeps its files: {@code TRADEWIND_DATA_DIR}, or {@code ~/.tradewind} when it is
 * not set (the embedded database's default place too, see server.xml).
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "TRADEWIND_DATA_DIR")
    Optional<String> dataDir;

    /** {@code name} in the data directory. */
    public Path resolve(String name) {
        return configured().orElse(Path.of(System.getProperty("user.home"), ".tradewind")).resolve(name);
    }

    /**
     * Where uploads wait while they are checked: {@code name} in the data directory, or in the
     * system's temporary folder when no data directory is configured.
     */
    public Path uploads(String name) {
        return configured().orElse(Path.of(System.getProperty("java.io.tmpdir"))).resolve(name);
    }

    private Optional<Path> configured() {
        return dataDir.filter(d -> !d.isBlank()).map(Path::of);
    }
}
