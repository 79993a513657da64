package io.tradewind.plugin;

import java.util.Comparator;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** Semantic version order of plugin versions, as PF4J compares them. */
public final class PluginVersions {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    /** Oldest first. */
    public static final Comparator<String> ORDER = VERSIONS::compareVersions;

    private PluginVersions() {
    }

    /** Whether {@code version} is newer than {@code other}. */
    public static boolean newer(String version, String other) {
        return VERSIONS.compareVersions(version, other) > 0;
    }
}
