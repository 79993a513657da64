package io.tradewind.export;

import io.tradewind.web.Problems;
import java.util.Locale;

/** The file formats every list exports to ({@code GET /<list>/export?format=csv|xlsx}, ADR 0102). */
public enum ExportFormat {
    CSV(ExportFormat.CSV_MEDIA_TYPE + "; charset=UTF-8", "csv"),
    XLSX(ExportFormat.XLSX_MEDIA_TYPE, "xlsx");

    /** For {@code @Produces} of an export endpoint. */
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** CSV when absent; anything but csv or xlsx is a 400 naming {@code format}. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw Problems.invalid("format", "validation.one-of", "csv, xlsx");
        };
    }
}
