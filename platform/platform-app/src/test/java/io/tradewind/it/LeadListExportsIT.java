package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The hand-over list and the inquiry log (客户咨询记录本) as lists and CSV/XLSX exports, within the caller's scope. */
class LeadListExportsIT {

    @Test
    void theHandoverListExportsWithItsLeadsAndFeedback() throws Exception {
        Api.TestTenant tenant = Api.signup();
        Api.Member head = tenant.member("sales-manager", null);
        Api.Member assistant = tenant.member("sales-assistant", null);
        String first = assistant.as().body(Map.of("name", "陈静", "companyName", "华康医疗", "source", "trade-show"))
                .post("/leads").path("id");
        String second = assistant.as().body(Map.of("name", "周杰", "source", "trade-show")).post("/leads").path("id");
        String handover = assistant.as().body(Map.of("toUserId", head.id(), "leadIds", List.of(first, second),
                "note", "医疗器械展线索")).post("/lead-handovers").then().statusCode(201).extract().path("id");
        head.as().body(Map.of("leadId", first, "outcome", "qualified", "feedback", "意向明确"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(200);
        String other = tenant.admin().body(Map.of("name", "另一单", "source", "phone")).post("/leads").path("id");
        tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(other))).post("/lead-handovers").then().statusCode(201);

        Response csv = tenant.admin().header("Accept-Language", "zh-CN").queryParam("format", "csv")
                .queryParam("fromUserId", assistant.id()).get("/lead-handovers/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("lead-handovers-"));
        List<List<String>> rows = CustomersIT.parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("移交时间", "接收人", "移交线索", "待反馈");
        List<String> row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(handover);
        assertThat(row).contains(head.id(), assistant.id(), "2", "1", "陈静（华康医疗）、周杰", "医疗器械展线索");
        assertThat(row.get(rows.get(0).indexOf("反馈"))).contains("陈静").contains("qualified").contains("意向明确");

        Response xlsx = tenant.admin().queryParam("format", "xlsx").queryParam("sort", "createdAt").get("/lead-handovers/export");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(handover);
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }
        // The assistant's sent box holds one hand-over; a rep elsewhere sees none.
        Response sent = assistant.as().queryParam("format", "csv").queryParam("box", "sent").get("/lead-handovers/export");
        assertThat(CustomersIT.parseCsv(sent.asString().replace("\uFEFF", ""))).hasSize(2);
        Api.Member rep = tenant.member("sales-rep", null);
        assertThat(CustomersIT.parseCsv(rep.as().queryParam("format", "csv").get("/lead-handovers/export").asString()
                .replace("\uFEFF", ""))).hasSize(1);
        tenant.admin().queryParam("format", "pdf").get("/lead-handovers/export").then().statusCode(400);
    }

    @Test
    void theInquiryLogListsAndExportsTheInquiriesOfVisibleLeads() throws Exception {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        String mine = rep.as().body(Map.of("name", "刘主任", "companyName", "仁和医院", "phone", "13800138001",
                "source", "phone")).post("/leads").path("id");
        String theirs = other.as().body(Map.of("name", "吴经理", "source", "website")).post("/leads").path("id");
        // Seconds apart: MariaDB keeps these times to the second.
        Instant now = Instant.now();
        rep.as().body(Map.of("channel", "phone", "summary", "询问便携式彩超报价", "occurredAt", now.minusSeconds(30).toString())).post("/leads/" + mine + "/inquiries")
                .then().statusCode(200);
        rep.as().body(Map.of("channel", "chat", "summary", "索要注册证复印件", "occurredAt", now.minusSeconds(20).toString())).post("/leads/" + mine + "/inquiries")
                .then().statusCode(200);
        other.as().body(Map.of("channel", "website", "summary", "官网留言：监护仪", "occurredAt", now.minusSeconds(10).toString())).post("/leads/" + theirs + "/inquiries")
                .then().statusCode(200);

        tenant.admin().get("/lead-inquiries").then().statusCode(200).body("total", equalTo(3));
        rep.as().get("/lead-inquiries").then().body("total", equalTo(2));
        rep.as().queryParam("q", "注册证").get("/lead-inquiries").then().body("total", equalTo(1))
                .body("items[0].leadId", equalTo(mine));
        other.as().queryParam("channel", "website").get("/lead-inquiries").then().body("total", equalTo(1));
        tenant.admin().queryParam("leadId", theirs).get("/lead-inquiries").then().body("total", equalTo(1));
        Api.signup().admin().get("/lead-inquiries").then().body("total", equalTo(0));

        Response csv = rep.as().header("Accept-Language", "zh-CN").queryParam("format", "csv").queryParam("sort", "occurredAt")
                .get("/lead-inquiries/export");
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString("inquiries-"));
        List<List<String>> rows = CustomersIT.parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("咨询时间", "线索", "咨询内容", "记录人", "补记");
        assertThat(rows.get(1)).contains("刘主任", "仁和医院", "13800138001", "phone", "询问便携式彩超报价", "否");
        assertThat(rows.get(2)).contains("索要注册证复印件", "chat");

        Response xlsx = tenant.admin().queryParam("format", "xlsx").queryParam("sort", "-occurredAt").get("/lead-inquiries/export");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("官网留言：监护仪");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("吴经理");
        }
    }
}
