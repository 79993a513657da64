package io.tradewind.export;

import io.tradewind.persistence.Db;
import io.tradewind.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a list into a CSV or XLSX file. Rows are read a chunk at a time inside the caller's
 * transaction (the persistence context is cleared after each chunk) and written to a temporary file
 * (XLSX through POI's SXSSF, which keeps only a window of rows in memory), so an export of any size
 * holds one chunk in memory; the response then streams the file and deletes it.
 */
@ApplicationScoped
public class Exporter {

    static final int CHUNK = 1000;
    static final int MAX_ROWS = 1_000_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    Db db;

    /** Call inside a transaction; answers the whole file as an attachment named {@code baseName.csv|xlsx}. */
    public <T> Response export(ExportFormat format, String baseName, List<ExportColumn<T>> columns, ChunkSource<T> source) {
        Path file = write(format, columns, source);
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        String name = baseName + "-" + LocalDate.now() + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, size(file))
                .build();
    }

    /**
     * Call inside a transaction: exports {@code query}'s rows in {@code orderBy}, each turned by
     * {@code view} into what the columns read (an entity into the view the list shows).
     */
    public <T, V> Response export(String format, String baseName, List<ExportColumn<V>> columns, Jpql<T> query,
                                  String orderBy, Function<T, V> view) {
        return export(format, baseName, columns, query, orderBy, ExportRows.<T, V>chunked(
                chunk -> chunk.stream().map(view).toList()));
    }

    /** As above, with rows made a chunk at a time and columns added after {@code columns} (custom fields). */
    public <T, V> Response export(String format, String baseName, List<ExportColumn<V>> columns, Jpql<T> query,
                                  String orderBy, ExportRows<T, V> rows) {
        ExportFormat type = ExportFormat.parse(format);
        ChunkSource<V> source = (offset, limit) -> rows.rows(query.list(orderBy, offset, limit));
        return export(type, baseName, rows.columns(columns), source);
    }

    <T> Path write(ExportFormat format, List<ExportColumn<T>> columns, ChunkSource<T> source) {
        try {
            Path file = Files.createTempFile("tradewind-export-", "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                if (format == ExportFormat.CSV) {
                    writeCsv(out, columns, source);
                } else {
                    writeXlsx(out, columns, source);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> void writeCsv(OutputStream out, List<ExportColumn<T>> columns, ChunkSource<T> source) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(String.join(",", columns.stream().map(c -> csv(c.header())).toList()));
        writer.write("\r\n");
        forEachRow(source, row -> {
            try {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(csv(columns.get(i).value().apply(row)));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    private <T> void writeXlsx(OutputStream out, List<ExportColumn<T>> columns, ChunkSource<T> source) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("export");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
            }
            int[] next = {1};
            forEachRow(source, item -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        cell.setCellValue(text(value));
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private <T> void forEachRow(ChunkSource<T> source, java.util.function.Consumer<T> consumer) {
        for (int offset = 0; offset < MAX_ROWS; offset += CHUNK) {
            List<T> chunk = source.chunk(offset, CHUNK);
            chunk.forEach(consumer);
            db.em().clear();
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(";", items.stream().map(Exporter::text).toList());
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** RFC 4180 quoting; text that a spreadsheet would run as a formula gets a leading quote. */
    static String csv(Object value) {
        String text = text(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
