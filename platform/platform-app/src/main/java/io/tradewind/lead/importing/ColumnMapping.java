package io.tradewind.lead.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column holds which lead field. The client may send a mapping from header to field; headers
 * it does not map are recognised by their field name or the usual Chinese or English label, and
 * the rest are ignored.
 */
final class ColumnMapping {

    static final Set<String> FIELDS = Set.of("name", "companyName", "phone", "email", "source", "sourceDetail",
            "regionCode", "productLine", "notes", "tags");

    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        label("name", "name", "姓名", "联系人", "客户姓名", "contact", "contact name");
        label("companyName", "companyname", "company", "company name", "公司", "公司名称", "单位", "单位名称", "企业名称");
        label("phone", "phone", "mobile", "telephone", "电话", "手机", "手机号", "联系电话");
        label("email", "email", "e-mail", "邮箱", "电子邮件", "电子邮箱");
        label("source", "source", "来源", "线索来源");
        label("sourceDetail", "sourcedetail", "来源说明");
        label("regionCode", "regioncode", "region", "地区", "地区编码", "区域");
        label("productLine", "productline", "product line", "产品线", "意向产品");
        label("notes", "notes", "note", "备注", "说明", "需求");
        label("tags", "tags", "tag", "labels", "标签");
    }

    private static void label(String field, String... labels) {
        for (String label : labels) {
            LABELS.put(label, field);
        }
    }

    private final Map<Integer, String> fieldByColumn;

    private ColumnMapping(Map<Integer, String> fieldByColumn) {
        this.fieldByColumn = fieldByColumn;
    }

    /** Maps the header; {@code explicit} (header → field, a blank field ignores the column) wins over labels. */
    static ColumnMapping of(List<String> header, Map<String, String> explicit) {
        Map<Integer, String> byColumn = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column) == null ? "" : header.get(column).strip();
            String field = explicit.containsKey(name) ? explicit.get(name)
                    : LABELS.get(name.toLowerCase(Locale.ROOT));
            if (field != null && !field.isBlank() && !byColumn.containsValue(field)) {
                byColumn.put(column, field);
            }
        }
        return new ColumnMapping(byColumn);
    }

    boolean maps(String field) {
        return fieldByColumn.containsValue(field);
    }

    Map<String, String> fields() {
        Map<String, String> result = new LinkedHashMap<>();
        fieldByColumn.forEach((column, field) -> result.put(field, Integer.toString(column)));
        return result;
    }

    /** The row's values by field; blank cells are absent. */
    Map<String, String> apply(List<String> cells) {
        Map<String, String> values = new HashMap<>();
        fieldByColumn.forEach((column, field) -> {
            if (column < cells.size() && cells.get(column) != null && !cells.get(column).isBlank()) {
                values.put(field, cells.get(column).strip());
            }
        });
        return values;
    }
}
