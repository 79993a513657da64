package io.tradewind.it;

import static io.tradewind.it.Api.anonymous;
import static io.tradewind.it.Api.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input of every kind is a 4xx problem+json with a request id, never a 500. */
class ProblemConventionsIT {

    private static Api.TestTenant tenant;

    @BeforeAll
    static void tenant() {
        tenant = Api.signup();
    }

    @Test
    void malformedJsonIsA400Problem() {
        tenant.admin().body("{\"name\": ").post("/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/malformed-request"))
                .body("requestId", notNullValue());
    }

    @Test
    void aWrongTypeNamesTheField() {
        tenant.admin().body(Map.of("name", "Typed", "sortOrder", "many")).post("/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sortOrder"));
    }

    @Test
    void validationNamesEveryField() {
        tenant.admin().body(Map.of("email", "nope", "roles", java.util.List.of())).post("/users")
                .then().statusCode(400)
                .body("type", equalTo("https://tradewind.io/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("roles"));
    }

    @Test
    void anOversizeBodyIsA413() {
        String huge = "x".repeat(1_100_000);
        tenant.admin().body(Map.of("name", huge)).post("/departments")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/payload-too-large"));
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        tenant.admin().get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/not-found"));
        tenant.admin().delete("/me").then().statusCode(405)
                .contentType("application/problem+json");
        anonymous().get("/no-such-thing").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aWrongContentTypeIsA415() {
        tenant.admin().contentType(ContentType.XML).body("<department/>").post("/departments")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void unknownIdsAreNotFound() {
        tenant.admin().get("/departments/0000000000000").then().statusCode(404)
                .body("type", equalTo("https://tradewind.io/problems/not-found"));
        tenant.admin().get("/departments/garbage").then().statusCode(404);
    }

    @Test
    void requestsWithoutOrWithABadTokenAre401Problems() {
        anonymous().get("/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://tradewind.io/problems/unauthorized"));
        String[] parts = tenant.token().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("tenant-admin", "platform-operator").getBytes());
        bearer(parts[0] + "." + forgedPayload + "." + parts[2]).get("/me")
                .then().statusCode(401).contentType("application/problem+json");
        bearer("not.a.token").get("/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void requestIdsAreEchoedAndAdopted() {
        tenant.admin().header("X-Request-Id", "trace-12345678").get("/no-such-thing")
                .then().header("X-Request-Id", "trace-12345678")
                .body("requestId", equalTo("trace-12345678"));
        tenant.admin().get("/me").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        tenant.admin().header("Accept-Language", "zh-CN,zh;q=0.9").get("/no-such-thing")
                .then().statusCode(404).body("title", equalTo("未找到"));
        tenant.admin().header("Accept-Language", "en-US").get("/no-such-thing")
                .then().statusCode(404).body("title", equalTo("Not found"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() {
        // The JAX-RS default for an unconvertible query parameter is a 404, as if the list did not exist.
        tenant.admin().queryParam("page", "abc").get("/leads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        tenant.admin().queryParam("size", "ten").get("/customers/export")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        tenant.admin().queryParam("page", "abc").get("/no-such-list")
                .then().statusCode(404);
        // A yes/no filter takes true or false; "yes" was read as false, silently dropping the filter.
        tenant.admin().queryParam("unassigned", "yes").get("/leads")
                .then().statusCode(400).body("errors.field", hasItem("unassigned"));
        tenant.admin().queryParam("overdue", "1").get("/lead-handovers")
                .then().statusCode(400).body("errors.field", hasItem("overdue"));
        tenant.admin().queryParam("unassigned", "TRUE").get("/leads").then().statusCode(200);
        tenant.admin().queryParam("unassigned", "").get("/leads").then().statusCode(200);
    }

    @Test
    void pagesHaveAHardMaximumSize() {
        tenant.admin().queryParam("size", 201).get("/users")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        tenant.admin().queryParam("page", 0).get("/users")
                .then().statusCode(400).body("errors.field", hasItem("page"));
        tenant.admin().queryParam("sort", "passwordHash").get("/users")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        tenant.admin().queryParam("size", 200).get("/users")
                .then().statusCode(200).body("size", equalTo(200)).body("page", equalTo(1)).body("total", equalTo(1));
    }
}
