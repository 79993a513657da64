package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sales lists' exports keep their columns, in order, headed in the caller's language, with
 * their file names and media types (ADR 0102), custom fields last: pins what every sales export
 * writes whatever the code that builds it.
 */
class SalesExportColumnsIT {

    private static final Map<String, List<String>> ENGLISH = Map.of(
            "leads", List.of("ID", "Name", "Company", "Phone", "E-mail", "Source", "Status", "Owner", "Region code",
                    "Product line", "Notes", "Tags", "Created at"),
            "contacts", List.of("ID", "Name", "Customer", "Title", "Phone", "Mobile", "Email", "Birthday", "Tags", "Owner"),
            "opportunities", List.of("ID", "Name", "Customer", "Amount", "Expected close", "Stage", "Status",
                    "Win probability (%)", "Owner", "Win/loss reason", "Created"),
            "activities", List.of("ID", "Type", "Subject", "Occurred at", "Owner", "Lead", "Customer", "Contact",
                    "Opportunity", "Materials prepared", "Next step", "Next step due", "Notes"),
            "lead-handovers", List.of("ID", "Handed over at", "From", "To", "Feedback due", "Leads", "Awaiting feedback",
                    "Overdue", "Handed-over leads", "Feedback", "Note"),
            "lead-inquiries", List.of("Occurred at", "Lead", "Company", "Phone", "Channel", "Summary", "Recorded by",
                    "Recorded at", "Recorded late"),
            "products", List.of("ID", "Code", "Name", "Category", "Unit", "List price", "Active"),
            "price-lists", List.of("ID", "Name", "Customer group", "Channel", "Valid from", "Valid to", "Prices"));

    private static final Map<String, List<String>> CHINESE = Map.of(
            "leads", List.of("编号", "姓名", "公司名称", "电话", "邮箱", "线索来源", "状态", "负责人", "地区编码", "产品线", "备注",
                    "标签", "创建时间"),
            "contacts", List.of("ID", "姓名", "客户", "职务", "电话", "手机", "邮箱", "生日", "标签", "负责人"),
            "opportunities", List.of("ID", "商机名称", "客户", "金额", "预计成交日期", "阶段", "状态", "赢率（%）", "负责人",
                    "赢单/输单原因", "创建时间"),
            "activities", List.of("编号", "类型", "主题", "发生时间", "负责人", "线索", "客户", "联系人", "商机", "准备的资料",
                    "下一步", "下一步截止时间", "备注"),
            "lead-handovers", List.of("编号", "移交时间", "移交人", "接收人", "反馈截止", "线索数", "待反馈", "逾期", "移交线索",
                    "反馈", "备注"),
            "lead-inquiries", List.of("咨询时间", "线索", "公司", "电话", "渠道", "咨询内容", "记录人", "记录时间", "补记"),
            "products", List.of("ID", "编码", "名称", "分类", "单位", "标准价", "在售"),
            "price-lists", List.of("ID", "名称", "客户分组", "渠道", "生效日期", "失效日期", "价格条数"));

    private static final List<String> CUSTOMER_EN = List.of("ID", "Name", "Status", "Grade", "Grade reason", "Region code",
            "Region", "Industry", "Company size", "Years in business", "Team size", "Phone", "Email", "Tags", "Owner",
            "Last follow-up", "Created");
    private static final List<String> CUSTOMER_ZH = List.of("ID", "客户名称", "状态", "等级", "分级原因", "区划代码", "地区",
            "行业", "公司规模", "经营年限", "团队人数", "电话", "邮箱", "标签", "负责人", "最近跟进", "创建时间");

    /** The file each list's export is named after, e.g. {@code inquiries-2026-03-01.csv}. */
    private static final Map<String, String> FILES = Map.of("leads", "leads", "contacts", "contacts",
            "opportunities", "opportunities", "activities", "activities", "lead-handovers", "lead-handovers",
            "lead-inquiries", "inquiries", "products", "products", "price-lists", "price-lists",
            "customers", "customers", "customers/pool", "customer-pool");

    @Test
    void everySalesExportKeepsItsColumnsHeadersFileNameAndMediaTypes() {
        Api.TestTenant tenant = Api.signup();
        for (String list : ENGLISH.keySet()) {
            assertThat(header(tenant, list, "en")).as(list).isEqualTo(ENGLISH.get(list));
            assertThat(header(tenant, list, "zh-CN")).as(list).isEqualTo(CHINESE.get(list));
            xlsx(tenant, list);
        }

        // The customer lists: their own columns, the pool's after them, the custom fields last.
        tenant.admin().body(Map.of("entity", "customer", "code", "taxNo", "type", "text", "labelEn", "Tax number",
                "labelZh", "税号")).post("/custom-fields").then().statusCode(201);
        assertThat(header(tenant, "customers", "en")).isEqualTo(with(CUSTOMER_EN, "Tax number"));
        assertThat(header(tenant, "customers", "zh-CN")).isEqualTo(with(CUSTOMER_ZH, "税号"));
        assertThat(header(tenant, "customers/pool", "en"))
                .isEqualTo(with(CUSTOMER_EN, "In the pool since", "Why in the pool", "Tax number"));
        assertThat(header(tenant, "customers/pool", "zh-CN")).isEqualTo(with(CUSTOMER_ZH, "进入公海时间", "进入公海原因", "税号"));
        xlsx(tenant, "customers");
        xlsx(tenant, "customers/pool");
    }

    private static List<String> header(Api.TestTenant tenant, String list, String language) {
        Response csv = tenant.admin().header("Accept-Language", language).queryParam("format", "csv")
                .get("/" + list + "/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"" + FILES.get(list)
                        + "-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CustomersIT.parseCsv(text.substring(1)).get(0);
    }

    private static void xlsx(Api.TestTenant tenant, String list) {
        tenant.admin().queryParam("format", "xlsx").get("/" + list + "/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml.sheet"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"" + FILES.get(list)
                        + "-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""));
    }

    private static List<String> with(List<String> columns, String... more) {
        return Stream.concat(columns.stream(), Stream.of(more)).toList();
    }
}
