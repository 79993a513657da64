package io.tradewind.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline strings (read by XlsxRowSource itself) and shared strings and numbers (read by POI) give the same rows. */
class XlsxRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void inlineAndSharedStringFilesReadAlike() throws IOException {
        List<List<String>> inline = read(write(new SXSSFWorkbook(10), "inline.xlsx")); // SXSSF writes inline strings
        List<List<String>> shared = read(write(new XSSFWorkbook(), "shared.xlsx"));   // XSSF writes a shared string table
        assertThat(inline).containsExactly(
                List.of("姓名", "公司名称", "电话"),
                List.of("张三", " 前后有空格 ", "13700000001"),
                List.of("李四", "", "多行\n备注"),
                List.of("", "只有公司"));
        assertThat(shared).isEqualTo(inline);
        assertThat(Files.readString(dir.resolve("inline.unzipped.marker"))).isEqualTo("inlineStr");
    }

    @Test
    void excelEscapesAndColumnLettersAreDecoded() {
        assertThat(XlsxRowSource.InlineStrings.decode("a_x0041_b_x000D_")).isEqualTo("aAb\r");
        assertThat(XlsxRowSource.InlineStrings.decode("plain_x")).isEqualTo("plain_x");
        assertThat(XlsxRowSource.column("A1")).isZero();
        assertThat(XlsxRowSource.column("Z9")).isEqualTo(25);
        assertThat(XlsxRowSource.column("AB12")).isEqualTo(27);
    }

    private Path write(Workbook workbook, String name) throws IOException {
        Sheet sheet = workbook.createSheet("线索");
        String[][] rows = {{"姓名", "公司名称", "电话"}, {"张三", " 前后有空格 ", null}, {"李四", null, "多行\n备注"}, {null, "只有公司"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        sheet.getRow(1).createCell(2).setCellValue(13700000001L); // a number, formatted by POI's DataFormatter
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        if (workbook instanceof SXSSFWorkbook) {
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                String sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("inline.unzipped.marker"), sheetXml.contains("t=\"inlineStr\"") ? "inlineStr" : "none");
            }
        }
        return file;
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        new XlsxRowSource(file).read(new RowSource.Rows() {
            @Override
            public void header(List<String> names) {
                rows.add(names);
            }

            @Override
            public void row(long number, List<String> cells) {
                rows.add(cells);
            }
        });
        return rows;
    }
}
