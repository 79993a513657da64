package io.tradewind.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files inside a plugin package (UI modules, translations), read from the package itself, never
 * from the host's classpath behind it.
 */
@ApplicationScoped
public class PluginResources {

    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

    Optional<byte[]> file(HostedPlugin plugin, String path) {
        if (path.contains("..") || path.startsWith("/") || path.endsWith(".class")) {
            return Optional.empty();
        }
        URL url = own(plugin, path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties bundle in the wanted language, falling back key by key to the default file. */
    Map<String, String> bundle(HostedPlugin plugin, String baseName, Locale locale) {
        String suffix = locale.getLanguage().equals("zh") ? "_zh_CN" : "";
        return bundles.computeIfAbsent(plugin.id() + ":" + plugin.version() + ":" + baseName + suffix, k -> {
            Map<String, String> merged = new LinkedHashMap<>(load(plugin, baseName + ".properties"));
            if (!suffix.isEmpty()) {
                merged.putAll(load(plugin, baseName + suffix + ".properties"));
            }
            return Map.copyOf(merged);
        });
    }

    String message(HostedPlugin plugin, String baseName, String key, Locale locale, Object... args) {
        String pattern = bundle(plugin, baseName, locale).get(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private Map<String, String> load(HostedPlugin plugin, String path) {
        URL url = own(plugin, path);
        if (url == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static URL own(HostedPlugin plugin, String path) {
        return plugin.classLoader() instanceof URLClassLoader loader ? loader.findResource(path) : null;
    }
}
