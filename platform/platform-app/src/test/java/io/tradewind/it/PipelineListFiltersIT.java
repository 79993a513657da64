package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filters of issue 5 item 6 no other test asks for: the created-time range on the four sales lists and
 * their exports, tags on leads, contacts and opportunities, and prices per channel (item 5).
 */
class PipelineListFiltersIT {

    private static final List<String> LISTS = List.of("/leads", "/customers", "/contacts", "/opportunities");

    @Test
    void theCreatedRangeFiltersEverySalesListAndItsExport() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(Map.of("name", "王经理", "source", "phone")).post("/leads").then().statusCode(201);
        String customer = tenant.admin().body(Map.of("name", "区中心医院")).post("/customers").then().statusCode(201)
                .extract().path("id");
        tenant.admin().body(Map.of("name", "李主任", "customerId", customer)).post("/contacts").then().statusCode(201);
        tenant.admin().body(Map.of("name", "内镜采购", "customerId", customer, "amount", 50000)).post("/opportunities")
                .then().statusCode(201);
        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String hourAhead = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        for (String list : LISTS) {
            tenant.admin().queryParam("createdFrom", hourAgo).queryParam("createdTo", hourAhead).get(list).then()
                    .statusCode(200).body("total", equalTo(1));
            tenant.admin().queryParam("createdFrom", hourAhead).get(list).then().statusCode(200).body("total", equalTo(0));
            tenant.admin().queryParam("createdTo", hourAgo).get(list).then().statusCode(200).body("total", equalTo(0));
            tenant.admin().queryParam("createdFrom", "yesterday").get(list).then().statusCode(400)
                    .body("errors.field", hasItem("createdFrom"));
            assertThat(csvRows(tenant, list, "createdFrom", hourAgo)).as(list).hasSize(2);
            assertThat(csvRows(tenant, list, "createdFrom", hourAhead)).as(list).hasSize(1);
        }
    }

    @Test
    void contactsAndOpportunitiesFilterByTag() {
        Api.TestTenant tenant = Api.signup();
        String customer = tenant.admin().body(Map.of("name", "市妇幼保健院")).post("/customers").then().statusCode(201)
                .extract().path("id");
        tenant.admin().body(Map.of("name", "赵院长", "customerId", customer, "tags", List.of("决策人")))
                .post("/contacts").then().statusCode(201);
        tenant.admin().body(Map.of("name", "钱护士长", "customerId", customer)).post("/contacts").then().statusCode(201);
        tenant.admin().body(Map.of("name", "产房监护", "customerId", customer, "amount", 30000, "tags", List.of("招标")))
                .post("/opportunities").then().statusCode(201);
        tenant.admin().body(Map.of("name", "耗材", "customerId", customer, "amount", 2000)).post("/opportunities")
                .then().statusCode(201);

        tenant.admin().queryParam("tag", "决策人").get("/contacts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("赵院长"));
        tenant.admin().queryParam("tag", "招标").get("/opportunities").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("产房监护"));
        tenant.admin().queryParam("tag", "招标").get("/opportunities/kanban").then().statusCode(200)
                .body("count", equalTo(1));
        assertThat(csvRows(tenant, "/contacts", "tag", "决策人")).hasSize(2);
        assertThat(csvRows(tenant, "/opportunities", "tag", "招标")).hasSize(2);
    }

    @Test
    void leadsHaveTagsToFilterAndExportByThatTheirCustomerKeeps() {
        Api.TestTenant tenant = Api.signup();
        Api.TestTenant other = Api.signup();
        other.admin().body(Map.of("name", "外租户", "source", "phone", "tags", List.of("展会"))).post("/leads")
                .then().statusCode(201);
        Response tagged = tenant.admin().body(Map.of("name", "孙经理", "companyName", "瑞康医院", "source", "trade-show",
                "tags", List.of(" 展会 ", "高意向"))).post("/leads");
        tagged.then().statusCode(201).body("tags", containsInAnyOrder("展会", "高意向"));
        String plain = tenant.admin().body(Map.of("name", "周经理", "source", "phone")).post("/leads").then()
                .statusCode(201).body("tags", empty()).extract().path("id");
        tenant.admin().body(Map.of("name", "吴经理", "source", "phone", "tags", List.of("a,b"))).post("/leads").then()
                .statusCode(400).body("errors.field", hasItem("tags"));

        tenant.admin().queryParam("tag", "展会").get("/leads").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("孙经理"));
        tenant.admin().queryParam("tag", "展").get("/leads").then().body("total", equalTo(0));
        tenant.admin().queryParam("tag", " ").get("/leads").then().body("total", equalTo(2));

        String etag = tenant.admin().get("/leads/" + plain).header("ETag");
        tenant.admin().body(Map.of("tags", List.of("展会"))).patch("/leads/" + plain).then().statusCode(428);
        Response patched = tenant.admin().header("If-Match", etag).body(Map.of("tags", List.of("展会", "复购")))
                .patch("/leads/" + plain);
        patched.then().statusCode(200).body("tags", containsInAnyOrder("展会", "复购"));
        tenant.admin().header("If-Match", etag).body(Map.of("tags", List.of())).patch("/leads/" + plain)
                .then().statusCode(412);
        tenant.admin().header("If-Match", patched.header("ETag")).body(Map.of("tags", "展会")).patch("/leads/" + plain)
                .then().statusCode(400).body("errors.field", hasItem("tags"));
        tenant.admin().queryParam("tag", "展会").get("/leads").then().body("total", equalTo(2));
        tenant.admin().queryParam("tag", "复购").get("/leads").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("周经理"));
        other.admin().queryParam("tag", "展会").get("/leads").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("外租户"));

        List<List<String>> exported = csvRows(tenant, "/leads", "tag", "高意向");
        assertThat(exported).hasSize(2);
        assertThat(exported.get(1)).as("a tags column").anySatisfy(cell ->
                assertThat(cell.split(";")).containsExactlyInAnyOrder("展会", "高意向"));

        String customer = tenant.admin().body(Map.of()).post("/leads/" + tagged.path("id") + "/convert").then()
                .statusCode(200).extract().path("customerId");
        tenant.admin().get("/customers/" + customer).then().statusCode(200).body("tags", containsInAnyOrder("展会", "高意向"));
        tenant.admin().queryParam("tag", "高意向").get("/customers").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(customer));
        other.admin().queryParam("tag", "高意向").get("/customers").then().body("total", equalTo(0));
    }

    @Test
    void aChannelsPriceListPricesForThatChannelAndTheMostSpecificListWins() {
        Api.TestTenant tenant = Api.signup();
        String product = tenant.admin().body(Map.of("code", "EN-1", "name", "电子胃镜", "unit", "套", "listPrice", 100))
                .post("/products").then().statusCode(201).extract().path("id");
        tenant.admin().body(Map.of("name", "经销商价", "channel", "distributor", "validFrom", "2026-01-01",
                "items", List.of(Map.of("productId", product, "price", 85)))).post("/price-lists").then().statusCode(201);
        tenant.admin().body(Map.of("name", "经销商医院价", "channel", "distributor", "customerGroup", "hospital",
                "validFrom", "2026-01-01", "items", List.of(Map.of("productId", product, "price", 80))))
                .post("/price-lists").then().statusCode(201);

        assertThat(price(tenant, product, Map.of("channel", "distributor"))).isEqualTo(85.0);
        assertThat(price(tenant, product, Map.of("channel", "distributor", "customerGroup", "hospital"))).isEqualTo(80.0);
        assertThat(price(tenant, product, Map.of("channel", "online"))).isEqualTo(100.0);
        String customer = tenant.admin().body(Map.of("name", "省医药公司", "channel", "distributor")).post("/customers")
                .then().statusCode(201).extract().path("id");
        assertThat(price(tenant, product, Map.of("customerId", customer))).isEqualTo(85.0);
        tenant.admin().queryParam("channel", "distributor").get("/price-lists").then().body("total", equalTo(2));
        tenant.admin().queryParam("channel", "online").get("/price-lists").then().body("total", equalTo(0));
    }

    private static List<List<String>> csvRows(Api.TestTenant tenant, String list, String param, String value) {
        String csv = tenant.admin().queryParam("format", "csv").queryParam(param, value).get(list + "/export").then()
                .statusCode(200).extract().asString();
        return CustomersIT.parseCsv(csv.replace("\uFEFF", "")).stream().filter(row -> !row.equals(List.of(""))).toList();
    }

    private static double price(Api.TestTenant tenant, String product, Map<String, String> params) {
        return ((Number) tenant.admin().queryParams(params).queryParam("date", "2026-06-01")
                .get("/products/" + product + "/price").then().statusCode(200).extract().path("price")).doubleValue();
    }
}
