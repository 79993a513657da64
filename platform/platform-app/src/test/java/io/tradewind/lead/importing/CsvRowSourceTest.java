package io.tradewind.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowSourceTest {

    private static List<String> parse(String csv) throws IOException {
        List<String> out = new ArrayList<>();
        CsvRowSource.parse(new StringReader(csv), new RowSource.Rows() {
            @Override
            public void header(List<String> names) {
                out.add("H" + names);
            }

            @Override
            public void row(long number, List<String> cells) {
                out.add(number + "" + cells);
            }
        });
        return out;
    }

    @Test
    void quotedFieldsLineBreaksAndBlankRowsAreHandled() throws IOException {
        assertThat(parse("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n,\r\n\"two\nlines\",z"))
                .containsExactly("H[a, b]", "2[x, y, say \"hi\"]", "4[two\nlines, z]");
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThem() throws IOException {
        assertThat(parse("name;phone\n张三;138\n")).containsExactly("H[name, phone]", "2[张三, 138]");
    }

    @Test
    void headersMapByLabelOrExplicitly() {
        ColumnMapping mapping = ColumnMapping.of(List.of("客户姓名", "手机", "Company", "unknown"), Map.of("客户姓名", "name"));
        assertThat(mapping.apply(List.of("王", "139", "ACME", "x"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("name", "王", "phone", "139", "companyName", "ACME"));
        assertThat(ColumnMapping.of(List.of("手机"), Map.of("手机", "")).maps("phone")).isFalse();
    }
}
