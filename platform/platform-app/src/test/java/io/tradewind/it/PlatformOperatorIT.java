package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Platform operators list, suspend and resume tenants; a suspended tenant gets clear 403s. */
class PlatformOperatorIT {

    @Test
    void theFirstOperatorComesFromConfiguration() {
        Api.bearer(Api.operatorToken()).get("/me").then().statusCode(200)
                .body("roles", hasItem("platform-operator"))
                .body("tenant.code", equalTo("platform"));
    }

    @Test
    void suspendAndResume() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        var operator = Api.bearer(Api.operatorToken());
        operator.queryParam("q", tenant.code()).get("/platform/tenants").then().statusCode(200)
                .body("items.id", hasItem(tenant.id()))
                .body("items.code", not(hasItem("platform")));
        operator.get("/platform/tenants/" + tenant.id()).then().statusCode(200)
                .body("seats.used", equalTo(2)).body("plan.code", equalTo("trial"));

        operator.body(Map.of("reason", "欠费")).post("/platform/tenants/" + tenant.id() + "/suspend")
                .then().statusCode(200).body("status", equalTo("suspended")).body("statusReason", equalTo("欠费"));
        tenant.admin().get("/me").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/tenant-suspended"));
        rep.as().get("/me").then().statusCode(403);
        anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token")
                .then().statusCode(403).body("type", equalTo("https://tradewind.io/problems/tenant-suspended"));
        operator.queryParam("status", "suspended").queryParam("size", 200).get("/platform/tenants")
                .then().body("items.id", hasItem(tenant.id()));

        operator.post("/platform/tenants/" + tenant.id() + "/resume").then().statusCode(200)
                .body("status", equalTo("active"));
        tenant.admin().get("/me").then().statusCode(200);
        tenant.admin().queryParam("action", "tenant.suspended").get("/audit-events").then()
                .body("total", equalTo(1))
                .body("items[0].actorName", equalTo("Platform operator"))
                .body("items[0].after.statusReason", equalTo("欠费"));
    }

    @Test
    void operatorsChangePlansWhichChangesSeats() {
        Api.TestTenant tenant = Api.signup();
        var operator = Api.bearer(Api.operatorToken());
        operator.body(Map.of("plan", "team")).post("/platform/tenants/" + tenant.id() + "/plan")
                .then().statusCode(200).body("plan.code", equalTo("team")).body("seats.limit", equalTo(25));
        operator.body(Map.of("plan", "gold")).post("/platform/tenants/" + tenant.id() + "/plan")
                .then().statusCode(400).body("errors.field", hasItem("plan"));
        tenant.admin().get("/tenant").then().body("plan.code", equalTo("team")).body("seats.limit", equalTo(25));
    }

    @Test
    void tenantsCannotUsePlatformEndpointsNorTouchThePlatformTenant() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().get("/platform/tenants").then().statusCode(403);
        tenant.admin().post("/platform/tenants/" + tenant.id() + "/suspend").then().statusCode(403);
        var operator = Api.bearer(Api.operatorToken());
        String platformId = operator.get("/me").path("tenant.id");
        operator.body(Map.of()).post("/platform/tenants/" + platformId + "/suspend").then().statusCode(409);
        operator.get("/platform/tenants/0000000000000").then().statusCode(404);
    }
}
