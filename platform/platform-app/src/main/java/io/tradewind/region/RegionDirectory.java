package io.tradewind.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions, read once from {@code regions/cn-divisions.tsv.gz} (see ADR 0101):
 * the same for every tenant, so kept in memory rather than in tenant tables.
 */
@ApplicationScoped
public class RegionDirectory {

    static final String RESOURCE = "regions/cn-divisions.tsv.gz";

    private volatile Map<String, Region> byCode;
    private volatile Map<String, List<Region>> byParent;

    public Region find(String code) {
        return code == null ? null : load().get(code);
    }

    public boolean exists(String code) {
        return find(code) != null;
    }

    public String nameOf(String code) {
        Region region = find(code);
        return region == null ? null : region.name();
    }

    /** The children of {@code parentCode}, or the provinces when it is null. */
    public List<Region> children(String parentCode) {
        load();
        return byParent.getOrDefault(parentCode == null ? "" : parentCode, List.of());
    }

    /** The region and its ancestors, from the province down. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        for (Region r = find(code); r != null; r = find(r.parentCode())) {
            path.add(0, r);
        }
        return path;
    }

    public List<Region> search(String text, int limit) {
        String needle = text.strip();
        return load().values().stream().filter(r -> r.name().contains(needle)).limit(limit).toList();
    }

    private Map<String, Region> load() {
        Map<String, Region> loaded = byCode;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (byCode == null) {
                Map<String, Region> codes = new LinkedHashMap<>();
                Map<String, List<Region>> parents = new LinkedHashMap<>();
                try (InputStream raw = RegionDirectory.class.getClassLoader().getResourceAsStream(RESOURCE);
                     BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                             StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("#") || line.isBlank()) {
                            continue;
                        }
                        int tab = line.indexOf('\t');
                        String code = line.substring(0, tab);
                        Region region = new Region(code, line.substring(tab + 1), Region.levelOf(code), Region.parentOf(code));
                        codes.put(code, region);
                        parents.computeIfAbsent(region.parentCode() == null ? "" : region.parentCode(),
                                k -> new ArrayList<>()).add(region);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                parents.replaceAll((k, v) -> List.copyOf(v));
                byParent = Collections.unmodifiableMap(parents);
                byCode = Collections.unmodifiableMap(codes);
            }
            return byCode;
        }
    }
}
