package io.tradewind.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void jsonLogLinesCarryTheRequestId() throws IOException, InterruptedException {
        String requestId = Api.unique("log-line");
        given().baseUri(Api.BASE_URL).header("X-Request-Id", requestId).get("/api/v1/auth/jwks").then().statusCode(200);
        Path log = Path.of(System.getProperty("tradewind.wlpHome"), "usr", "servers",
                System.getProperty("tradewind.serverName"), "logs", "messages.log");
        String field = "\"ibm_responseHeader_x-request-id\":\"" + requestId + "\"";
        List<String> lines = List.of();
        for (int attempt = 0; attempt < 50 && lines.isEmpty(); attempt++) {
            Thread.sleep(200);
            lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(field)).toList();
        }
        assertThat(lines).as("the access log line of the request in " + log).singleElement().satisfies(line -> {
            assertThat(line).startsWith("{\"type\":\"liberty_accesslog\"").endsWith("}");
            assertThat(line).contains("\"ibm_requestFirstLine\":\"GET \\/api\\/v1\\/auth\\/jwks HTTP\\/1.1\"");
        });
    }
}
