package io.tradewind.lead.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX file, read with POI's SAX (event) API: the sheet XML is streamed from
 * the zip and each row handed on as it is parsed, so memory does not grow with the number of rows
 * (the DOM {@code XSSFWorkbook} would hold the whole sheet). ADR 0123.
 */
final class XlsxRowSource implements RowSource {

    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Path file;

    XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Rows rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                Collector collector = new Collector(rows);
                parser.setContentHandler(new InlineStrings(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        collector, new DataFormatter(), false), collector));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Turns POI's cell events into rows; empty cells between others become empty strings. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private boolean header = true;

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (header) {
                header = false;
                rows.header(List.copyOf(cells));
            } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.row(rowNum + 1L, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /**
     * Reads inline-string cells ({@code <c t="inlineStr"><is><t>...</t></is></c>}, what most generators
     * write) itself and hands every other element to POI's handler. POI builds an XMLBeans
     * {@code XSSFRichTextString} per inline cell only to read its text back, a tenth of a 100,000-row
     * import (ADR 0129). The text is the same POI gives: every {@code <t>} inside {@code <is>}, joined,
     * with Excel's {@code _xHHHH_} escapes decoded, and no cell when there is no {@code <is>}.
     */
    static final class InlineStrings extends DefaultHandler {
        private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

        private final DefaultHandler poi;
        private final XSSFSheetXMLHandler.SheetContentsHandler cells;
        private final StringBuilder text = new StringBuilder();
        private boolean inCell;
        private boolean inString;
        private boolean inText;
        private String reference;

        InlineStrings(DefaultHandler poi, XSSFSheetXMLHandler.SheetContentsHandler cells) {
            this.poi = poi;
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (inCell) {
                if ("is".equals(localName)) {
                    inString = true;
                    text.setLength(0);
                } else if ("t".equals(localName) && inString) {
                    inText = true;
                }
                return;
            }
            if ("c".equals(localName) && SPREADSHEETML.equals(uri) && "inlineStr".equals(attributes.getValue("t"))) {
                inCell = true;
                reference = attributes.getValue("r");
                return;
            }
            poi.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!inCell) {
                poi.endElement(uri, localName, qName);
            } else if ("t".equals(localName)) {
                inText = false;
            } else if ("is".equals(localName)) {
                inString = false;
                cells.cell(reference, decode(text.toString()), null);
            } else if ("c".equals(localName)) {
                inCell = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inCell) {
                poi.characters(ch, start, length);
            } else if (inText) {
                text.append(ch, start, length);
            }
        }

        static String decode(String value) {
            if (!value.contains("_x")) {
                return value;
            }
            Matcher escape = ESCAPE.matcher(value);
            StringBuilder decoded = new StringBuilder(value.length());
            int from = 0;
            while (escape.find()) {
                decoded.append(value, from, escape.start()).append((char) Integer.parseInt(escape.group(1), 16));
                from = escape.end();
            }
            return decoded.append(value, from, value.length()).toString();
        }
    }
}
