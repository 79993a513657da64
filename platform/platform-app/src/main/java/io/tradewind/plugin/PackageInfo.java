package io.tradewind.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The id and version a plugin package's manifest declares, read without loading it. */
record PackageInfo(String id, String version) {

    static PackageInfo read(Path pluginPackage) {
        try (JarFile jar = new JarFile(pluginPackage.toFile())) {
            Manifest manifest = jar.getManifest();
            Attributes attributes = manifest == null ? null : manifest.getMainAttributes();
            String id = attributes == null ? null : attributes.getValue("Plugin-Id");
            String version = attributes == null ? null : attributes.getValue("Plugin-Version");
            if (id == null || id.isBlank() || version == null || version.isBlank()) {
                throw new IllegalArgumentException(pluginPackage + " is not a plugin package (no Plugin-Id/Plugin-Version)");
            }
            return new PackageInfo(id.trim(), version.trim());
        } catch (IOException e) {
            throw new IllegalArgumentException(pluginPackage + " is not a plugin package", e);
        }
    }
}
