package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Opportunities through the tenant's stages with checklists, their history, the kanban, products and prices. */
class OpportunitiesIT {

    @Test
    void opportunitiesMoveThroughTheStagesWithTheirChecklistsEnforced() {
        Api.TestTenant tenant = Api.signup();
        List<Map<String, Object>> stages = tenant.admin().get("/settings/opportunity-stages").then().statusCode(200)
                .extract().path("$");
        assertThat(stages).extracting(s -> s.get("name"))
                .containsExactly("初步接触", "需求分析", "方案演示", "商务谈判", "成交", "输单");
        String needs = id(stages, "需求分析");
        String demo = id(stages, "方案演示");
        String won = id(stages, "成交");
        String lost = id(stages, "输单");
        // The tenant adds an exit checklist to 需求分析.
        String etag = tenant.admin().get("/settings/opportunity-stages/" + needs).header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("exitChecklist", List.of("已拜访决策人")))
                .patch("/settings/opportunity-stages/" + needs).then().statusCode(200)
                .body("exitChecklist", hasItem("已拜访决策人"));

        String customer = tenant.admin().body(Map.of("name", "市人民医院")).post("/customers").path("id");
        Response created = tenant.admin().body(Map.of("name", "超声设备采购", "customerId", customer, "amount", 200000,
                "expectedCloseDate", "2026-12-31")).post("/opportunities");
        created.then().statusCode(201).body("stageName", equalTo("初步接触")).body("probability", equalTo(10))
                .body("status", equalTo("open"));
        String opportunity = created.path("id");
        tenant.admin().body(Map.of("name", "无客户")).post("/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("customerId"));

        tenant.admin().body(Map.of("stageId", needs)).post("/opportunities/" + opportunity + "/stage").then()
                .statusCode(200).body("stageName", equalTo("需求分析")).body("probability", equalTo(25));
        // Leaving 需求分析 needs its exit item, entering 方案演示 its entry item.
        tenant.admin().body(Map.of("stageId", demo)).post("/opportunities/" + opportunity + "/stage").then()
                .statusCode(409).body("missingItems", hasItem("已拜访决策人")).body("missingItems", hasItem("已确认客户需求"));
        tenant.admin().body(Map.of("stageId", demo, "checkedItems", List.of("已拜访决策人"))).post("/opportunities/"
                + opportunity + "/stage").then().statusCode(409).body("missingItems", hasSize(1));
        tenant.admin().get("/opportunities/" + opportunity).then().body("stageName", equalTo("需求分析"));
        tenant.admin().body(Map.of("stageId", demo, "checkedItems", List.of("已拜访决策人", "已确认客户需求")))
                .post("/opportunities/" + opportunity + "/stage").then().statusCode(200).body("stageName", equalTo("方案演示"));

        tenant.admin().body(Map.of("stageId", lost)).post("/opportunities/" + opportunity + "/stage").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        tenant.admin().body(Map.of("stageId", won)).post("/opportunities/" + opportunity + "/stage").then()
                .statusCode(409).body("missingItems", hasItem("合同已签订"));
        tenant.admin().body(Map.of("stageId", won, "checkedItems", List.of("合同已签订"), "reason", "价格优势"))
                .post("/opportunities/" + opportunity + "/stage").then().statusCode(200)
                .body("status", equalTo("won")).body("closeReason", equalTo("价格优势")).body("closedAt", not(nullValue()));
        tenant.admin().body(Map.of("stageId", needs)).post("/opportunities/" + opportunity + "/stage").then().statusCode(409);

        List<Map<String, Object>> history = tenant.admin().get("/opportunities/" + opportunity + "/history").then()
                .statusCode(200).extract().path("$");
        assertThat(history).extracting(h -> h.get("toStageName")).containsExactly("初步接触", "需求分析", "方案演示", "成交");
        assertThat(history.get(0).get("fromStageId")).isNull();
        assertThat(history.get(3).get("fromStageName")).isEqualTo("方案演示");
        assertThat(history).allSatisfy(h -> assertThat(h.get("changedAt")).isNotNull());
        // A won deal makes the customer an existing one with RFM values.
        tenant.admin().get("/customers/" + customer).then().body("status", equalTo("customer"))
                .body("rfm.frequency", equalTo(1)).body("rfm.recencyDays", equalTo(0));
        assertThat(number(tenant.admin().get("/customers/" + customer), "rfm.monetary")).isEqualTo(200000.0);
        tenant.admin().queryParam("type", "opportunity.won").get("/events").then().body("items.aggregateId", hasItem(opportunity));
        tenant.admin().queryParam("type", "opportunity.stage_changed").get("/events").then().body("total", equalTo(3));

        // A lost one records why.
        String second = tenant.admin().body(Map.of("name", "耗材年单", "customerId", customer, "amount", 5000))
                .post("/opportunities").path("id");
        tenant.admin().body(Map.of("stageId", lost, "reason", "预算取消")).post("/opportunities/" + second + "/stage")
                .then().statusCode(200).body("status", equalTo("lost")).body("closeReason", equalTo("预算取消"));

        // Stages in use cannot go; new ones can be added with checklists.
        String wonEtag = tenant.admin().get("/settings/opportunity-stages/" + won).header("ETag");
        tenant.admin().header("If-Match", wonEtag).delete("/settings/opportunity-stages/" + won).then().statusCode(409);
        tenant.admin().body(Map.of("name", "招标", "probability", 60, "sortOrder", 35, "entryChecklist", List.of("标书已购买")))
                .post("/settings/opportunity-stages").then().statusCode(201).body("kind", equalTo("open"));
        List<Map<String, Object>> after = tenant.admin().get("/settings/opportunity-stages").path("$");
        assertThat(after).extracting(s -> s.get("name")).containsSubsequence("方案演示", "招标", "商务谈判");
    }

    @Test
    void theKanbanGroupsByStageWithTotalsInTheCallersScope() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String customer = rep.as().body(Map.of("name", "省医院", "regionCode", "3201", "grade", "A")).post("/customers").path("id");
        rep.as().body(Map.of("name", "A", "customerId", customer, "amount", 100000)).post("/opportunities").then().statusCode(201);
        rep.as().body(Map.of("name", "B", "customerId", customer, "amount", 50000.50)).post("/opportunities").then().statusCode(201);
        String adminCustomer = tenant.admin().body(Map.of("name", "管理员的客户")).post("/customers").path("id");
        String adminDeal = tenant.admin().body(Map.of("name", "C", "customerId", adminCustomer, "amount", 30000))
                .post("/opportunities").path("id");
        List<Map<String, Object>> stages = tenant.admin().get("/settings/opportunity-stages").path("$");
        tenant.admin().body(Map.of("stageId", id(stages, "需求分析"))).post("/opportunities/" + adminDeal + "/stage")
                .then().statusCode(200);

        tenant.admin().get("/opportunities/kanban").then().statusCode(200)
                .body("stages", hasSize(6)).body("stages[0].stage.name", equalTo("初步接触"))
                .body("stages[0].count", equalTo(2)).body("stages[0].totalAmount", equalTo(150000.50f))
                .body("stages[0].weightedAmount", equalTo(15000.05f))
                .body("stages[0].opportunities.name", equalTo(List.of("A", "B")))
                .body("stages[1].count", equalTo(1)).body("stages[1].totalAmount", equalTo(30000.00f))
                .body("count", equalTo(3)).body("totalAmount", equalTo(180000.50f));
        rep.as().get("/opportunities/kanban").then().statusCode(200).body("count", equalTo(2))
                .body("stages[1].count", equalTo(0));
        rep.as().get("/opportunities").then().body("total", equalTo(2));
        rep.as().get("/opportunities/" + adminDeal).then().statusCode(404);
        rep.as().body(Map.of("name", "D", "customerId", adminCustomer, "amount", 1)).post("/opportunities").then()
                .statusCode(400).body("errors.field", hasItem("customerId"));
        tenant.admin().queryParam("ownerId", rep.id()).queryParam("sort", "-amount").get("/opportunities").then()
                .body("items.name", equalTo(List.of("A", "B")));
        tenant.admin().queryParam("status", "open").queryParam("stageId", id(stages, "需求分析")).get("/opportunities")
                .then().body("total", equalTo(1));
        tenant.admin().queryParam("regionCode", "32").get("/opportunities").then().body("total", equalTo(2));
        tenant.admin().queryParam("grade", "A").queryParam("minAmount", 60000).get("/opportunities").then()
                .body("items.name", equalTo(List.of("A")));
        tenant.admin().queryParam("regionCode", "32").get("/opportunities/kanban").then().body("count", equalTo(2));
    }

    @Test
    void productsArePricedFromTheValidPriceListOfTheCustomersGroup() throws Exception {
        Api.TestTenant tenant = Api.signup();
        String category = tenant.admin().body(Map.of("name", "影像设备")).post("/product-categories").then().statusCode(201)
                .extract().path("id");
        String product = tenant.admin().body(Map.of("code", "US-1", "name", "彩超", "unit", "台", "listPrice", 100,
                "categoryId", category)).post("/products").then().statusCode(201).body("unit", equalTo("台"))
                .extract().path("id");
        tenant.admin().body(Map.of("code", "US-1", "name", "重复", "unit", "台", "listPrice", 1)).post("/products")
                .then().statusCode(409);
        tenant.admin().body(Map.of("code", "US-2", "name", "负价", "unit", "台", "listPrice", -1)).post("/products")
                .then().statusCode(400);
        tenant.admin().body(Map.of("name", "医院价", "customerGroup", "hospital", "validFrom", "2026-01-01",
                "validTo", "2026-06-30", "items", List.of(Map.of("productId", product, "price", 80))))
                .post("/price-lists").then().statusCode(201);
        tenant.admin().body(Map.of("name", "通用价", "validFrom", "2026-07-01",
                "items", List.of(Map.of("productId", product, "price", 90)))).post("/price-lists").then().statusCode(201);
        tenant.admin().body(Map.of("name", "倒置", "validFrom", "2026-07-01", "validTo", "2026-01-01")).post("/price-lists")
                .then().statusCode(400).body("errors.field", hasItem("validTo"));

        Response spring = price(tenant, product, "hospital", "2026-03-01");
        assertThat(number(spring, "price")).isEqualTo(80.0);
        assertThat((String) spring.path("priceListName")).isEqualTo("医院价");
        Response autumn = price(tenant, product, "hospital", "2026-08-01");
        assertThat(number(autumn, "price")).isEqualTo(90.0);
        assertThat((String) autumn.path("priceListName")).isEqualTo("通用价");
        Response clinic = price(tenant, product, "clinic", "2026-03-01");
        assertThat(number(clinic, "price")).isEqualTo(100.0);
        assertThat((Object) clinic.path("priceListId")).isNull();
        assertThat(number(price(tenant, product, "hospital", "2025-12-31"), "price")).isEqualTo(100.0);
        tenant.admin().queryParam("validOn", "2026-03-01").get("/price-lists").then().body("total", equalTo(1));

        // An opportunity's products are priced for its customer today.
        String today = LocalDate.now().toString();
        tenant.admin().body(Map.of("name", "今日医院价", "customerGroup", "hospital", "validFrom", today,
                "validTo", today, "items", List.of(Map.of("productId", product, "price", 70)))).post("/price-lists")
                .then().statusCode(201);
        String customer = tenant.admin().body(Map.of("name", "医院客户", "customerGroup", "hospital")).post("/customers").path("id");
        String opportunity = tenant.admin().body(Map.of("name", "两台彩超", "customerId", customer,
                "lines", List.of(Map.of("productId", product, "quantity", 2)))).post("/opportunities").then()
                .statusCode(201).extract().path("id");
        Response priced = tenant.admin().get("/opportunities/" + opportunity);
        assertThat(number(priced, "amount")).isEqualTo(140.0);
        assertThat(number(priced, "lines[0].unitPrice")).isEqualTo(70.0);
        String productEtag = tenant.admin().get("/products/" + product).header("ETag");
        tenant.admin().header("If-Match", productEtag).delete("/products/" + product).then().statusCode(409);
        tenant.admin().get("/opportunities/" + opportunity).then().body("lines", hasSize(1));

        Response xlsx = tenant.admin().queryParam("format", "xlsx").get("/opportunities/export");
        xlsx.then().statusCode(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("两台彩超");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(140.0);
        }
        String csv = tenant.admin().queryParam("format", "csv").get("/products/export").asString();
        assertThat(CustomersIT.parseCsv(csv.replace("\uFEFF", ""))).hasSize(2);
        assertThat(csv).contains("US-1");

        // Price lists export with the list's filters and sort: the hospital group's two lists, one row each.
        String lists = tenant.admin().queryParam("format", "csv").queryParam("customerGroup", "hospital")
                .queryParam("sort", "validFrom").get("/price-lists/export").then().statusCode(200).extract().asString();
        List<List<String>> rows = CustomersIT.parseCsv(lists.replace("\uFEFF", ""));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly(rows.get(1).get(0), "医院价", "hospital", "", "2026-01-01", "2026-06-30", "1");
        assertThat(rows.get(2).get(1)).isEqualTo("今日医院价");
        Response listsXlsx = tenant.admin().header("Accept-Language", "zh-CN").queryParam("format", "xlsx")
                .queryParam("validOn", "2026-03-01").get("/price-lists/export");
        listsXlsx.then().statusCode(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(listsXlsx.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("医院价");
        }
        tenant.admin().queryParam("format", "csv").queryParam("validOn", "March").get("/price-lists/export").then()
                .statusCode(400).body("errors.field", hasItem("validOn"));
    }

    @Test
    void aPriceListIsChangedAndDeletedWithItsVersionAndPricesFollowIt() {
        Api.TestTenant tenant = Api.signup();
        String product = tenant.admin().body(Map.of("code", "US-9", "name", "掌上超声", "unit", "台", "listPrice", 100))
                .post("/products").then().statusCode(201).extract().path("id");
        Response created = tenant.admin().body(Map.of("name", "医院价", "customerGroup", "hospital", "validFrom", "2026-01-01",
                "items", List.of(Map.of("productId", product, "price", 80)))).post("/price-lists");
        created.then().statusCode(201);
        String path = "/price-lists/" + created.path("id");
        Response read = tenant.admin().get(path);
        read.then().statusCode(200).body("name", equalTo("医院价")).body("items[0].productId", equalTo(product));
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo(created.header("ETag"));

        tenant.admin().body(Map.of("name", "无版本")).patch(path).then().statusCode(428);
        tenant.admin().header("If-Match", etag).body(Map.of("validTo", "2025-12-31")).patch(path).then().statusCode(400)
                .body("field", equalTo("validTo"));
        tenant.admin().header("If-Match", etag).body(Map.of("items", List.of(Map.of("productId", "no-such-product", "price", 1))))
                .patch(path).then().statusCode(400).body("field", equalTo("items[0].productId"));
        tenant.admin().header("If-Match", etag).body(Map.of("items", List.of(Map.of("productId", product, "price", -1))))
                .patch(path).then().statusCode(400).body("field", equalTo("items[0].price"));
        assertThat(number(price(tenant, product, "hospital", "2026-03-01"), "price")).as("refused changes left the items")
                .isEqualTo(80.0);

        Response changed = tenant.admin().header("If-Match", etag).body(Map.of("name", "医院价（上半年）", "validTo", "2026-06-30",
                "items", List.of(Map.of("productId", product, "price", 75)))).patch(path);
        changed.then().statusCode(200).body("name", equalTo("医院价（上半年）")).body("validTo", equalTo("2026-06-30"))
                .body("items", hasSize(1));
        assertThat(number(changed, "items[0].price")).isEqualTo(75.0);
        tenant.admin().header("If-Match", etag).body(Map.of("name", "旧版本")).patch(path).then().statusCode(412);
        assertThat(number(price(tenant, product, "hospital", "2026-03-01"), "price")).isEqualTo(75.0);
        assertThat(number(price(tenant, product, "hospital", "2026-08-01"), "price")).as("after validTo").isEqualTo(100.0);
        tenant.admin().queryParam("customerGroup", "hospital").get("/price-lists").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("医院价（上半年）"));

        tenant.admin().header("If-Match", etag).delete(path).then().statusCode(412);
        tenant.admin().header("If-Match", changed.header("ETag")).delete(path).then().statusCode(204);
        tenant.admin().get(path).then().statusCode(404);
        tenant.admin().get("/price-lists").then().body("total", equalTo(0));
        assertThat(number(price(tenant, product, "hospital", "2026-03-01"), "price")).as("the list price again").isEqualTo(100.0);
        assertThat(tenant.admin().queryParam("entityId", (String) created.path("id")).get("/audit-events")
                .<List<String>>path("items.action")).containsExactly("price_list.deleted", "price_list.updated", "price_list.created");
    }

    @Test
    void productCategoriesAreRenamedMovedAndDeletedWhenUnused() {
        Api.TestTenant tenant = Api.signup();
        Response imaging = tenant.admin().body(Map.of("name", "影像设备")).post("/product-categories");
        imaging.then().statusCode(201);
        String imagingPath = "/product-categories/" + imaging.path("id");
        Response ultrasound = tenant.admin().body(Map.of("name", "超声", "parentId", imaging.path("id"))).post("/product-categories");
        ultrasound.then().statusCode(201);
        String id = ultrasound.path("id");
        String path = "/product-categories/" + id;
        String product = tenant.admin().body(Map.of("code", "US-7", "name", "便携彩超", "unit", "台", "listPrice", 100,
                "categoryId", id)).post("/products").then().statusCode(201).extract().path("id");
        Response read = tenant.admin().get(path);
        read.then().statusCode(200).body("name", equalTo("超声")).body("parentId", equalTo(imaging.path("id")));
        String etag = read.header("ETag");

        tenant.admin().body(Map.of("name", "无版本")).patch(path).then().statusCode(428);
        tenant.admin().header("If-Match", etag).body(Map.of("name", " ")).patch(path).then().statusCode(400)
                .body("field", equalTo("name"));
        tenant.admin().header("If-Match", etag).body(Map.of("parentId", id)).patch(path).then().statusCode(400)
                .body("field", equalTo("parentId"));
        tenant.admin().header("If-Match", etag).body(Map.of("parentId", "no-such-category")).patch(path).then()
                .statusCode(400).body("field", equalTo("parentId"));
        // A parent moved under its own child would make a cycle.
        tenant.admin().header("If-Match", imaging.header("ETag")).body(Map.of("parentId", id)).patch(imagingPath).then()
                .statusCode(400).body("field", equalTo("parentId"));
        tenant.admin().queryParam("parentId", (String) imaging.path("id")).get("/product-categories").then()
                .body("total", equalTo(1)).body("items[0].name", equalTo("超声"));

        Map<String, Object> toTheTop = new java.util.HashMap<>(Map.of("name", "超声设备"));
        toTheTop.put("parentId", null);
        Response moved = tenant.admin().header("If-Match", etag).body(toTheTop).patch(path);
        moved.then().statusCode(200).body("name", equalTo("超声设备")).body("parentId", nullValue());
        tenant.admin().header("If-Match", etag).body(Map.of("name", "旧版本")).patch(path).then().statusCode(412);
        tenant.admin().queryParam("parentId", (String) imaging.path("id")).get("/product-categories").then()
                .body("total", equalTo(0));
        tenant.admin().queryParam("categoryId", id).get("/products").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(product));

        tenant.admin().header("If-Match", etag).delete(path).then().statusCode(412);
        tenant.admin().header("If-Match", moved.header("ETag")).delete(path).then().statusCode(409);
        tenant.admin().header("If-Match", imaging.header("ETag")).delete(imagingPath).then().statusCode(204);
        tenant.admin().get(imagingPath).then().statusCode(404);
        tenant.admin().get("/product-categories").then().body("total", equalTo(1)).body("items[0].id", equalTo(id));
        assertThat(tenant.admin().queryParam("entityId", id).get("/audit-events").<List<String>>path("items.action"))
                .containsExactly("product_category.updated", "product_category.created");
        assertThat(tenant.admin().queryParam("entityId", (String) imaging.path("id")).get("/audit-events")
                .<List<String>>path("items.action")).containsExactly("product_category.deleted", "product_category.created");
    }

    private static Response price(Api.TestTenant tenant, String product, String group, String date) {
        Response response = tenant.admin().queryParam("customerGroup", group).queryParam("date", date)
                .get("/products/" + product + "/price");
        response.then().statusCode(200);
        return response;
    }

    private static double number(Response response, String path) {
        return ((Number) response.path(path)).doubleValue();
    }

    private static String id(List<Map<String, Object>> stages, String name) {
        return stages.stream().filter(s -> name.equals(s.get("name"))).map(s -> (String) s.get("id")).findFirst()
                .orElseThrow();
    }
}
