package io.tradewind.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The department tree and tenant roles, with optimistic locking over ETag/If-Match. */
class DepartmentsAndRolesIT {

    @Test
    void theTreeMovesWithItsSubtree() {
        Api.TestTenant tenant = Api.signup();
        String sales = tenant.admin().body(Map.of("name", "销售部")).post("/departments").path("id");
        String east = tenant.admin().body(Map.of("name", "华东", "parentId", sales)).post("/departments").path("id");
        String shanghai = tenant.admin().body(Map.of("name", "上海", "parentId", east)).post("/departments").path("id");
        tenant.admin().get("/departments/" + shanghai).then().body("depth", equalTo(3));

        String etag = tenant.admin().get("/departments/" + east).header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("parentId", shanghai)).patch("/departments/" + east)
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
        java.util.Map<String, Object> toRoot = new java.util.HashMap<>();
        toRoot.put("parentId", null);
        tenant.admin().header("If-Match", etag).body(toRoot).patch("/departments/" + east)
                .then().statusCode(200).body("depth", equalTo(1));
        tenant.admin().get("/departments/" + shanghai).then().body("depth", equalTo(2));

        List<Map<String, Object>> tree = tenant.admin().get("/departments/tree").then().statusCode(200).extract().path("$");
        org.assertj.core.api.Assertions.assertThat(tree).extracting(node -> node.get("name"))
                .contains("销售部", "华东");
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        Api.TestTenant tenant = Api.signup();
        Response created = tenant.admin().body(Map.of("name", "市场部")).post("/departments");
        created.then().statusCode(201).header("ETag", equalTo("\"1\""));
        String id = created.path("id");
        tenant.admin().body(Map.of("name", "市场一部")).patch("/departments/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/precondition-required"));
        tenant.admin().header("If-Match", "\"1\"").body(Map.of("name", "市场一部")).patch("/departments/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""));
        tenant.admin().header("If-Match", "\"1\"").body(Map.of("name", "市场二部")).patch("/departments/" + id)
                .then().statusCode(412).header("ETag", equalTo("\"2\""))
                .body("type", equalTo("https://tradewind.io/problems/precondition-failed"));
        tenant.admin().get("/departments/" + id).then().body("name", equalTo("市场一部"));
        tenant.admin().header("If-Match", "\"2\"").body(Map.of("name", "市场部", "secret", 1)).patch("/departments/" + id)
                .then().statusCode(400).body("errors.field", hasItem("secret"));
    }

    @Test
    void onlyEmptyDepartmentsAreDeleted() {
        Api.TestTenant tenant = Api.signup();
        String parent = tenant.admin().body(Map.of("name", "物流部")).post("/departments").path("id");
        String child = tenant.admin().body(Map.of("name", "仓储组", "parentId", parent)).post("/departments").path("id");
        tenant.admin().header("If-Match", "*").delete("/departments/" + parent).then().statusCode(409);
        tenant.member("logistics", child);
        tenant.admin().header("If-Match", "*").delete("/departments/" + child).then().statusCode(409);
        tenant.admin().body(Map.of("name", "物流部")).post("/departments").then().statusCode(409)
                .body("field", equalTo("name"));
    }

    @Test
    void customRolesCanBeChangedAndDeletedBuiltInOnesCannot() {
        Api.TestTenant tenant = Api.signup();
        Response created = tenant.admin().body(Map.of("code", "regional-director", "name", "区域总监",
                "permissions", List.of("users.read", "departments.read"), "dataScope", "department_tree")).post("/roles");
        created.then().statusCode(201).body("builtin", equalTo(false)).body("dataScope", equalTo("department_tree"));
        String id = created.path("id");
        tenant.admin().body(Map.of("code", "regional-director", "name", "又一个",
                "permissions", List.of(), "dataScope", "own")).post("/roles").then().statusCode(409);
        tenant.admin().body(Map.of("code", "bad-one", "name", "坏",
                        "permissions", List.of("platform.tenants.manage"), "dataScope", "own"))
                .post("/roles").then().statusCode(400).body("errors.field", hasItem("permissions"));
        tenant.admin().header("If-Match", "\"1\"").body(Map.of("permissions", List.of("users.read")))
                .patch("/roles/" + id).then().statusCode(200).body("permissions", equalTo(List.of("users.read")));
        Api.Member director = tenant.member("regional-director", null);
        director.as().get("/users").then().statusCode(200);
        director.as().get("/roles").then().statusCode(403);
        tenant.admin().header("If-Match", "*").delete("/roles/" + id).then().statusCode(409);

        String builtin = tenant.admin().queryParam("q", "sales-rep").get("/roles").path("items[0].id");
        tenant.admin().header("If-Match", "*").body(Map.of("name", "x")).patch("/roles/" + builtin).then().statusCode(409);
        tenant.admin().header("If-Match", "*").delete("/roles/" + builtin).then().statusCode(409);
        tenant.admin().header("Accept-Language", "zh-CN").get("/roles/" + builtin).then().body("name", equalTo("销售代表"));
        tenant.admin().get("/permissions").then().statusCode(200).body("items.code", hasItem("users.manage"))
                .body("items.code", org.hamcrest.Matchers.not(hasItem("platform.tenants.manage")));
        tenant.admin().get("/roles").then().body("items", hasSize(8));
    }
}
