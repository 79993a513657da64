package io.tradewind.lead.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), comma or semicolon
 * separated, read as a stream. Chinese Excel saves CSV in GBK, so a file that is not valid UTF-8
 * is read as GB18030 (a superset of GBK).
 */
final class CsvRowSource implements RowSource {

    private final Path file;

    CsvRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Rows rows) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 65536)) {
            parse(reader, rows);
        }
    }

    static void parse(Reader reader, Rows rows) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        boolean any = false;
        long number = 1;
        char separator = 0;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            char ch = (char) c;
            any = true;
            if (quoted) {
                if (ch == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (separator == 0 && header && (ch == ',' || ch == ';') || ch == separator) {
                separator = ch;
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        c = next;
                        header = emit(rows, cells, cell, header, number++);
                        any = false;
                        continue;
                    }
                }
                header = emit(rows, cells, cell, header, number++);
                any = false;
            } else {
                cell.append(ch);
            }
            c = reader.read();
        }
        if (any) {
            emit(rows, cells, cell, header, number);
        }
    }

    private static boolean emit(Rows rows, List<String> cells, StringBuilder cell, boolean header, long number) {
        cells.add(cell.toString());
        cell.setLength(0);
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (header) {
            rows.header(List.copyOf(cells));
        } else if (!blank) {
            rows.row(number, List.copyOf(cells));
        }
        cells.clear();
        return false;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(65536);
        CharBuffer out = CharBuffer.allocate(65536);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[32768];
            int n;
            while ((n = stream.read(chunk)) != -1) {
                in.put(chunk, 0, n);
                in.flip();
                out.clear();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            out.clear();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
