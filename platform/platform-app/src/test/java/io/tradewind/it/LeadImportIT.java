package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Importing leads from CSV and XLSX: mapping, validation and the error report, duplicates, progress. */
class LeadImportIT {

    private static Response upload(Api.TestTenant tenant, String fileName, byte[] content, String mapping, String duplicates) {
        var request = tenant.admin().contentType("multipart/form-data").multiPart("file", fileName, content,
                fileName.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        if (mapping != null) {
            request.multiPart("mapping", mapping);
        }
        if (duplicates != null) {
            request.multiPart("duplicates", duplicates);
        }
        return request.post("/leads/imports");
    }

    private static Response finished(Api.TestTenant tenant, String jobId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Response job = tenant.admin().get("/jobs/" + jobId);
            job.then().statusCode(200);
            String status = job.path("status");
            if ("completed".equals(status) || "failed".equals(status)) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    @Test
    void aCsvFileIsImportedWithAMappingAndItsInvalidRowsReported() throws Exception {
        Api.TestTenant tenant = Api.signup();
        String csv = "客户姓名,单位名称,手机,邮箱,来源,备注\n"
                + "张三,\"华康医疗器械有限公司, 上海\",13800000001,zs@huakang.example,展会,\"多行\n备注\"\n"
                + "李四,康宁诊所,not-a-phone,ls@kangning.example,trade-show,\n"
                + ",,,,,\n"
                + ",,13800000003,,,\n"
                + "王五,仁和药房,13800000004,bad-email,billboard,\n"
                + "赵六,安心医院,13800000005,zl@anxin.example,referral,\n";
        Response accepted = upload(tenant, "leads.csv", csv.getBytes(StandardCharsets.UTF_8),
                "{\"客户姓名\":\"name\",\"手机\":\"phone\"}", null);
        accepted.then().statusCode(202).body("type", equalTo("lead-import")).body("fileName", equalTo("leads.csv"));
        assertThat(accepted.header("Location")).endsWith("/jobs/" + accepted.path("id"));
        Response job = finished(tenant, accepted.path("id"));
        job.then().body("status", equalTo("completed")).body("processed", equalTo(5)).body("created", equalTo(2))
                .body("failed", equalTo(3)).body("errorReport", equalTo("/api/v1/jobs/" + accepted.path("id") + "/error-report"));

        Response first = tenant.admin().queryParam("q", "张三").get("/leads");
        first.then().body("total", equalTo(1)).body("items[0].companyName", equalTo("华康医疗器械有限公司, 上海"))
                .body("items[0].source", equalTo("trade-show")).body("items[0].notes", equalTo("多行\n备注"))
                .body("items[0].importId", equalTo(accepted.path("id").toString()));

        Response report = tenant.admin().accept("text/csv").get("/jobs/" + accepted.path("id") + "/error-report");
        report.then().statusCode(200);
        String text = report.asString();
        assertThat(text).contains("3,phone,not-a-phone").contains("5,name,").contains("6,email,bad-email")
                .contains("6,source,billboard");
        assertThat(text.lines().count()).isEqualTo(5);
    }

    @Test
    void aTagsColumnTagsTheLeadsAndAMergeTagsALeadThatHasNone() throws Exception {
        Api.TestTenant tenant = Api.signup();
        String existing = tenant.admin().body(java.util.Map.of("name", "老王", "source", "phone", "phone", "13800000019"))
                .post("/leads").path("id");
        String csv = "姓名,手机,标签\n"
                + "孙一,13800000011,\"展会, 高意向\"\n"
                + "钱二,13800000012,展会、复购\n"
                + "李三,13800000013," + "长".repeat(41) + "\n"
                + "老王,13800000019,老客户\n";
        Response job = finished(tenant, upload(tenant, "tags.csv", csv.getBytes(StandardCharsets.UTF_8), null, "merge").path("id"));
        job.then().body("created", equalTo(2)).body("merged", equalTo(1)).body("failed", equalTo(1));

        tenant.admin().queryParam("tag", "展会").get("/leads").then().body("total", equalTo(2));
        tenant.admin().queryParam("tag", "复购").get("/leads").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("钱二"));
        tenant.admin().queryParam("tag", "高意向").get("/leads").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("孙一"));
        tenant.admin().get("/leads/" + existing).then().body("tags", org.hamcrest.Matchers.contains("老客户"));
        String report = tenant.admin().accept("text/csv").get("/jobs/" + job.path("id") + "/error-report").asString();
        assertThat(report).contains("4,tags,");
    }

    @Test
    void duplicatesByPhoneEmailOrCompanyAreSkippedOrMerged() throws Exception {
        Api.TestTenant tenant = Api.signup();
        String existing = tenant.admin().body(java.util.Map.of("name", "老客户", "source", "phone", "phone", "+86 138 0000 0001"))
                .post("/leads").path("id");
        String csv = "name,companyName,phone,email\n"
                + "新名字,合并公司,13800000001,merged@x.example\n"
                + "别人,Huakang Medical,13900000002,\n"
                + "同公司,HUAKANG  MEDICAL,,\n"
                + "同邮箱,,,dup@x.example\n"
                + "同邮箱2,,,DUP@x.example\n";
        Response skip = finished(tenant, upload(tenant, "a.csv", csv.getBytes(StandardCharsets.UTF_8), null, "skip").path("id"));
        skip.then().body("created", equalTo(2)).body("skipped", equalTo(3)).body("merged", equalTo(0));
        tenant.admin().get("/leads/" + existing).then().body("companyName", equalTo(null));

        Response merge = finished(tenant, upload(tenant, "b.csv", csv.getBytes(StandardCharsets.UTF_8), null, "merge").path("id"));
        merge.then().body("created", equalTo(0)).body("merged", equalTo(5));
        tenant.admin().get("/leads/" + existing).then().body("name", equalTo("老客户"))
                .body("companyName", equalTo("合并公司")).body("email", equalTo("merged@x.example"));
        tenant.admin().get("/leads").then().body("total", equalTo(3));
    }

    @Test
    void duplicatesAreFoundAcrossBatchBordersAndInsideABatchAfterAMerge() throws Exception {
        Api.TestTenant tenant = Api.signup();
        StringBuilder csv = new StringBuilder("name,companyName,phone,email\n");
        for (int i = 1; i <= 1000; i++) { // the import commits 500 rows at a time
            csv.append("人").append(i).append(",,").append(13600000000L + i).append(",\n");
        }
        csv.append("迟到,,13600000002,late@x.example\n"); // the third batch: row 2's lead, committed by the first
        csv.append("又迟到,跨块公司,,LATE@x.example\n"); // the same lead through the e-mail the row above merged into it
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        finished(tenant, upload(tenant, "big.csv", file, null, "merge").path("id")).then().body("status", equalTo("completed"))
                .body("processed", equalTo(1002)).body("created", equalTo(1000)).body("merged", equalTo(2));
        tenant.admin().queryParam("q", "13600000002").get("/leads").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("人2")).body("items[0].email", equalTo("late@x.example"))
                .body("items[0].companyName", equalTo("跨块公司"));

        finished(tenant, upload(tenant, "again.csv", file, null, "skip").path("id")).then()
                .body("created", equalTo(0)).body("skipped", equalTo(1002));
        tenant.admin().get("/leads").then().body("total", equalTo(1000));
    }

    @Test
    void anXlsxFileIsImportedAndProgressIsVisibleWhileItRuns() throws Exception {
        Api.TestTenant tenant = Api.signup();
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("线索");
            Row header = sheet.createRow(0);
            List<String> names = List.of("姓名", "公司名称", "电话", "来源", "产品线");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 1; r <= 3000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("联系人" + r);
                row.createCell(1).setCellValue("医院" + r);
                row.createCell(2).setCellValue(13700000000L + r);
                row.createCell(3).setCellValue(r == 7 ? "广告" : "购买名单"); // Excel row 8
                row.createCell(4).setCellValue("影像设备");
            }
            workbook.write(out);
            workbook.dispose();
            xlsx = out.toByteArray();
        }
        Response accepted = upload(tenant, "线索.xlsx", xlsx, null, null);
        accepted.then().statusCode(202).body("format", equalTo("xlsx"));
        String id = accepted.path("id");
        boolean sawProgress = false;
        Response job;
        do {
            job = tenant.admin().get("/jobs/" + id);
            int processed = job.path("processed");
            sawProgress |= "running".equals(job.path("status")) && processed > 0 && processed < 3000;
            Thread.sleep(50);
        } while (!"completed".equals(job.path("status")) && !"failed".equals(job.path("status")));
        job.then().body("status", equalTo("completed")).body("processed", equalTo(3000)).body("created", equalTo(2999))
                .body("failed", equalTo(1));
        assertThat(sawProgress).as("a poll while running showed part of the rows done").isTrue();
        tenant.admin().queryParam("q", "联系人42").queryParam("importId", id).get("/leads").then()
                .body("items.find { it.name == '联系人42' }.phone", equalTo("13700000042"))
                .body("items.find { it.name == '联系人42' }.source", equalTo("purchased-list"));
        assertThat(tenant.admin().get("/jobs/" + id + "/error-report").asString()).contains("8,source,广告");
    }

    @Test
    void aGbkCsvFromChineseExcelIsReadAndBadUploadsAreRefused() throws Exception {
        Api.TestTenant tenant = Api.signup();
        byte[] gbk = "姓名,电话\n王芳,13800000009\n".getBytes(Charset.forName("GBK"));
        finished(tenant, upload(tenant, "gbk.csv", gbk, null, null).path("id")).then().body("created", equalTo(1));
        tenant.admin().queryParam("q", "王芳").get("/leads").then().body("total", equalTo(1));

        upload(tenant, "x.csv", "电话,邮箱\n1,2\n".getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(400)
                .body("field", equalTo("mapping"));
        upload(tenant, "x.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "{\"a\":\"salary\"}", null).then().statusCode(400)
                .body("field", equalTo("mapping"));
        upload(tenant, "x.pdf", new byte[] {1, 2, 3}, null, null).then().statusCode(400).body("field", equalTo("file"));
        upload(tenant, "x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(400)
                .body("field", equalTo("file"));
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().contentType("multipart/form-data").multiPart("file", "a.csv", "name\nx\n".getBytes(StandardCharsets.UTF_8))
                .post("/leads/imports").then().statusCode(403);
    }

    @Test
    void importedLeadsAreOrdinaryLeadsRightAfterTheJobEnds() throws Exception {
        Api.TestTenant tenant = Api.signup();
        Api.Member first = tenant.member("sales-rep", null);
        Api.Member second = tenant.member("sales-rep", null);
        tenant.admin().body(java.util.Map.of("name", "轮流", "kind", "round-robin", "userIds", List.of(first.id(), second.id())))
                .post("/lead-assignment-rules").then().statusCode(201);
        tenant.admin().body(java.util.Map.of("entity", "lead", "code", "budget", "type", "number", "labelEn", "Budget",
                "labelZh", "预算")).post("/custom-fields").then().statusCode(201);
        StringBuilder csv = new StringBuilder("name,companyName,phone,email,source\n");
        for (int i = 1; i <= 600; i++) { // two batches
            csv.append("导入").append(i).append(",公司").append(i).append(",").append(13500000000L + i)
                    .append(",p").append(i).append("@import.example,website\n");
        }
        String job = upload(tenant, "owners.csv", bytes(csv.toString()), null, "skip").path("id");
        finished(tenant, job).then().body("status", equalTo("completed")).body("created", equalTo(600));

        Response listed = tenant.admin().queryParam("importId", job).queryParam("size", 100).get("/leads");
        listed.then().statusCode(200).body("total", equalTo(600));
        List<String> owners = listed.path("items.ownerId");
        assertThat(owners).hasSize(100).containsOnly(first.id(), second.id()).contains(first.id(), second.id());
        String id = tenant.admin().queryParam("q", "13500000599").get("/leads").path("items[0].id");
        Response lead = tenant.admin().get("/leads/" + id);
        lead.then().statusCode(200).body("name", equalTo("导入599")).body("companyName", equalTo("公司599"))
                .body("email", equalTo("p599@import.example")).body("source", equalTo("website")).body("status", equalTo("new"))
                .body("importId", equalTo(job)).body("createdById", equalTo(tenant.adminId()))
                .body("customFields", equalTo(java.util.Map.of()));
        String owner = lead.path("ownerId");
        assertThat(owner).isIn(first.id(), second.id());
        assertThat(lead.<String>path("assignmentRuleId")).isNotNull();
        String apiCreated = tenant.admin().body(java.util.Map.of("name", "手工", "source", "phone")).post("/leads").header("ETag");
        assertThat(lead.header("ETag")).as("an imported lead starts at the version a created one has").isEqualTo(apiCreated);

        // its events were recorded and are delivered (marked published) by the outbox relay
        Response events = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            events = tenant.admin().queryParam("aggregateId", id).queryParam("sort", "occurredAt").get("/events");
            List<Object> published = events.path("items.publishedAt");
            if (published.size() == 2 && !published.contains(null)) {
                break;
            }
            Thread.sleep(200);
        }
        events.then().statusCode(200).body("total", equalTo(2));
        assertThat(events.<List<String>>path("items.type")).containsExactlyInAnyOrder("lead.created", "lead.assigned");
        assertThat(events.<List<Object>>path("items.publishedAt")).doesNotContainNull();
        assertThat(events.<List<String>>path("items.payload.ownerId")).containsOnly(owner);
        assertThat(events.<List<String>>path("items.payload.name")).containsOnly("导入599");
        assertThat(java.time.Instant.parse(events.<String>path("items[0].payload.createdAt")))
                .isEqualTo(java.time.Instant.parse(lead.path("createdAt")));

        // the row is a complete one: it updates with its ETag, takes custom fields, and its keys find duplicates
        tenant.admin().header("If-Match", lead.header("ETag"))
                .body(java.util.Map.of("status", "contacted", "customFields", java.util.Map.of("budget", 5000)))
                .patch("/leads/" + id).then().statusCode(200).body("status", equalTo("contacted"));
        tenant.admin().get("/leads/" + id).then().body("customFields.budget", equalTo(5000))
                .body("ownerId", equalTo(owner));
        finished(tenant, upload(tenant, "again.csv", bytes("name,phone\n又一次,+86 135 0000 0599\n"), null, "skip").path("id"))
                .then().body("skipped", equalTo(1)).body("created", equalTo(0));

        Api.TestTenant other = Api.signup();
        other.admin().get("/leads/" + id).then().statusCode(404);
        other.admin().queryParam("importId", job).get("/leads").then().body("total", equalTo(0));
    }

    static byte[] bytes(String text) throws IOException {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
