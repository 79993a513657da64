package io.tradewind.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** China's official holiday schedule (calendar/cn-holidays.csv), the same for every tenant. */
@ApplicationScoped
public class ReferenceHolidays {

    public record Entry(LocalDate date, DayKind kind, String name) {
    }

    private final NavigableMap<LocalDate, Entry> entries = load();

    public Entry on(LocalDate date) {
        return entries.get(date);
    }

    public Map<LocalDate, Entry> between(LocalDate from, LocalDate to) {
        return Collections.unmodifiableMap(entries.subMap(from, true, to, true));
    }

    static NavigableMap<LocalDate, Entry> load() {
        NavigableMap<LocalDate, Entry> loaded = new TreeMap<>();
        try (InputStream in = ReferenceHolidays.class.getClassLoader().getResourceAsStream("calendar/cn-holidays.csv")) {
            if (in == null) {
                throw new IllegalStateException("calendar/cn-holidays.csv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                LocalDate date = LocalDate.parse(cells[0].strip());
                loaded.put(date, new Entry(date, DayKind.valueOf(cells[1].strip().toUpperCase()), cells[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }
}
