package io.tradewind.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageInspectorTest {

    @TempDir
    Path dir;

    private Path jar(String id, String version, String requires, Class<?>... classes) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            main.putValue("Plugin-Id", id);
            main.putValue("Plugin-Version", version);
        }
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        Path jar = Files.createTempFile(dir, "plugin", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : classes) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void readsTheDescriptorAsPf4jDoes() throws IOException {
        PackageInfo info = PackageInspector.inspect(jar("acme-crm", "1.2.3", ">=1.0.0 & <2.0.0", PackageInfo.class));
        assertThat(info.id()).isEqualTo("acme-crm");
        assertThat(info.version()).isEqualTo("1.2.3");
        assertThat(info.requires()).isEqualTo(">=1.0.0 & <2.0.0");
        assertThat(PackageInspector.inspect(jar("acme-crm", "1.2.3", null)).requires()).isEqualTo("*");
    }

    @Test
    void refusesWhatIsNotARunnablePlugin() throws IOException {
        assertThatThrownBy(() -> PackageInspector.inspect(jar(null, null, null))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PackageInspector.inspect(jar("Acme CRM", "1.0.0", null))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PackageInspector.inspect(jar("acme-crm", "one", null))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PackageInspector.inspect(jar("acme-crm", "1.0.0", ">=2.0.0"))).isInstanceOf(ProblemException.class);
        Path notAJar = Files.writeString(dir.resolve("x.jar"), "hello");
        assertThatThrownBy(() -> PackageInspector.inspect(notAJar)).isInstanceOf(ProblemException.class);
    }

    @Test
    void findsReferencesToHostClassesAPluginCannotLoad() throws IOException {
        // VendorService uses the host's Db and LoginDirectory: as a plugin class it could never load.
        Path hostile = jar("acme-crm", "1.0.0", null, VendorService.class);
        assertThat(PackageInspector.hostileReferences(hostile))
                .contains("io.tradewind.persistence.Db", "io.tradewind.identity.LoginDirectory")
                .doesNotContain("io.tradewind.marketplace.VendorService", "java.lang.String");
        assertThatThrownBy(() -> PackageInspector.inspect(hostile)).isInstanceOf(ProblemException.class);
        // A plugin's own classes may live under io.tradewind; the SPI is always allowed.
        assertThat(PackageInspector.hostileReferences(jar("acme-crm", "1.0.0", null, PackageInfo.class))).isEmpty();
        assertThat(PackageInspector.hostileReferences(jar("acme-crm", "1.0.0", null, io.tradewind.api.ApiVersion.class)))
                .isEmpty();
    }

    @Test
    void comparesSemanticVersions() {
        assertThat(PackageInspector.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(PackageInspector.compare("1.0.0", "1.0.0")).isZero();
    }
}
