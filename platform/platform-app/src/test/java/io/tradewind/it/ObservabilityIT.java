package io.tradewind.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/** Health, OpenAPI and metrics endpoints that operators and clients rely on. */
class ObservabilityIT {

    @Test
    void healthChecksTheDatabase() {
        given().baseUri(Api.BASE_URL).get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
        given().baseUri(Api.BASE_URL).get("/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void openApiListsTheEndpointsAndHasAUi() {
        given().baseUri(Api.BASE_URL).queryParam("format", "JSON").get("/openapi").then().statusCode(200)
                .body("paths.'/api/v1/signup'.post", notNullValue())
                .body("paths.'/api/v1/auth/token'.post", notNullValue())
                .body("paths.'/api/v1/me'.get", notNullValue())
                .body("paths.'/api/v1/users'.get", notNullValue())
                .body("paths.'/api/v1/audit-events'.get", notNullValue());
        given().baseUri(Api.BASE_URL).get("/openapi/ui/").then().statusCode(200).body(containsString("html"));
    }

    @Test
    void requestMetricsArePublished() {
        Api.anonymous().get("/auth/jwks").then().statusCode(200);
        given().baseUri(Api.BASE_URL).get("/metrics?scope=base").then().statusCode(200)
                .body(containsString("REST_request"));
    }
}
