package io.tradewind.export;

import java.util.function.Function;

/** One column of an export: its (translated) header and how to read it from a row. */
public record ExportColumn<T>(String header, Function<T, Object> value) {
}
