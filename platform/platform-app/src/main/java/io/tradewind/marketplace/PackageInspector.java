package io.tradewind.marketplace;

import io.tradewind.api.ApiVersion;
import io.tradewind.plugin.HostileClassFilter;
import io.tradewind.web.Problems;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.VersionManager;

/**
 * Checks an uploaded package before anyone reviews it: a PF4J plugin (read with PF4J's own
 * descriptor finders, as the host will), a valid id and version, a {@code Plugin-Requires} range
 * this host satisfies, and class files that refer to no host class a plugin classloader would
 * refuse ({@link HostileClassFilter}): such a plugin could only fail at run time.
 */
final class PackageInspector {

    static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    static final VersionManager VERSIONS = new DefaultVersionManager();
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z0-9_$/]+)[;<]");
    private static final int MAX_LISTED = 5;

    private PackageInspector() {
    }

    static PackageInfo inspect(Path jar) {
        PluginDescriptor descriptor;
        try {
            descriptor = new CompoundPluginDescriptorFinder().add(new PropertiesPluginDescriptorFinder())
                    .add(new ManifestPluginDescriptorFinder()).find(jar);
        } catch (RuntimeException e) {
            throw Problems.invalid("package", "validation.marketplace.not-a-plugin");
        }
        if (descriptor == null || blank(descriptor.getPluginId()) || blank(descriptor.getVersion())) {
            throw Problems.invalid("package", "validation.marketplace.not-a-plugin");
        }
        if (!PLUGIN_ID.matcher(descriptor.getPluginId()).matches()) {
            throw Problems.invalid("package", "validation.marketplace.plugin-id", descriptor.getPluginId());
        }
        try {
            VERSIONS.compareVersions(descriptor.getVersion(), descriptor.getVersion());
        } catch (RuntimeException e) {
            throw Problems.invalid("package", "validation.marketplace.plugin-version", descriptor.getVersion());
        }
        String requires = blank(descriptor.getRequires()) ? "*" : descriptor.getRequires();
        boolean satisfiable;
        try {
            satisfiable = VERSIONS.checkVersionConstraint(ApiVersion.CURRENT.toString(), requires);
        } catch (RuntimeException e) {
            satisfiable = false;
        }
        if (!satisfiable) {
            throw Problems.invalid("package", "validation.marketplace.requires", requires, ApiVersion.CURRENT.toString());
        }
        List<String> hostile = hostileReferences(jar);
        if (!hostile.isEmpty()) {
            throw Problems.invalid("package", "validation.marketplace.host-classes",
                    String.join(", ", hostile.subList(0, Math.min(MAX_LISTED, hostile.size()))));
        }
        return new PackageInfo(descriptor.getPluginId(), descriptor.getVersion(), descriptor.getPluginDescription(),
                descriptor.getProvider(), requires);
    }

    /** The host classes the package's own classes refer to, sorted. */
    static List<String> hostileReferences(Path jar) {
        Set<String> own = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    own.add(entry.getName().substring(0, entry.getName().length() - 6));
                    try (InputStream in = file.getInputStream(entry)) {
                        referencedClasses(in, referenced);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw Problems.invalid("package", "validation.marketplace.not-a-plugin");
        }
        Set<String> hostile = new TreeSet<>();
        for (String name : referenced) {
            if (!own.contains(name) && HostileClassFilter.hidden(name.replace('/', '.'))) {
                hostile.add(name.replace('/', '.'));
            }
        }
        return new ArrayList<>(hostile);
    }

    /** Class names in a class file's constant pool: class entries and the types in descriptors. */
    static void referencedClasses(InputStream classFile, Set<String> into) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Map<Integer, String> texts = new HashMap<>();
        List<Integer> classes = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.put(index, in.readUTF());
                case 7 -> classes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    index++; // longs and doubles take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int nameIndex : classes) {
            String name = texts.get(nameIndex);
            if (name != null) {
                if (name.startsWith("[")) {
                    addDescriptorTypes(name, into);
                } else {
                    into.add(name);
                }
            }
        }
        for (String text : texts.values()) {
            if (text.indexOf('(') >= 0 || text.startsWith("L") || text.startsWith("[")) {
                addDescriptorTypes(text, into);
            }
        }
    }

    private static void addDescriptorTypes(String descriptor, Set<String> into) {
        Matcher matcher = DESCRIPTOR_TYPE.matcher(descriptor);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    static int compare(String version, String other) {
        return VERSIONS.compareVersions(version, other);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
