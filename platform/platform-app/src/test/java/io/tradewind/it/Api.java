package io.tradewind.it;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Talks to the Tradewind server that liberty-maven-plugin started for this test run
 * (system property {@code tradewind.baseUrl}).
 */
public final class Api {

    public static final String BASE_URL = System.getProperty("tradewind.baseUrl", "http://localhost:9080");
    public static final String PASSWORD = "Secret-Passw0rd";
    /** Set when the server under test runs in Keycloak mode: tokens then come from Keycloak's password grant. */
    public static final String KEYCLOAK_URL = System.getProperty("tradewind.keycloakUrl");
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    static {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 60_000));
        awaitApplication();
    }

    /**
     * Liberty reports the server started before the application is (on a busy machine, minutes
     * before): wait until readiness answers 200 so tests do not meet a 404 for every path.
     */
    public static void awaitApplication() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (given().baseUri(BASE_URL).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet, or too busy to answer within the socket timeout (REST Assured rethrows
                // SocketTimeoutException unchecked-style, so RuntimeException alone let it end the wait)
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().baseUri(BASE_URL).basePath("/api/v1").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh tenant with its admin signed in. */
    public static TestTenant signup() {
        String email = unique("admin") + "@" + unique("co") + ".test";
        String company = "测试公司 Test Co " + COMPANIES.incrementAndGet() + " " + unique("x");
        Response response = anonymous()
                .body(Map.of("companyName", company, "adminName", "管理员", "email", email, "password", PASSWORD))
                .post("/signup");
        response.then().statusCode(201);
        String tenantId = response.path("tenant.id");
        String code = response.path("tenant.code");
        return new TestTenant(tenantId, code, company, email, response.path("user.id"), login(email, PASSWORD, KEYCLOAK_URL == null ? null : code));
    }

    public static String login(String email, String password, String tenantCode) {
        if (KEYCLOAK_URL != null) {
            return Keycloak.token(email, password, tenantCode);
        }
        Map<String, Object> body = tenantCode == null
                ? Map.of("email", email, "password", password)
                : Map.of("email", email, "password", password, "tenantCode", tenantCode);
        return anonymous().body(body).post("/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    public static String operatorToken() {
        return login(System.getProperty("tradewind.operatorEmail", "operator@tradewind.test"),
                System.getProperty("tradewind.operatorPassword", "Operator-Passw0rd"), "platform");
    }

    /** A tenant created for a test, with its administrator's token. */
    public record TestTenant(String id, String code, String name, String adminEmail, String adminId, String token) {

        public RequestSpecification admin() {
            return bearer(token);
        }

        /** Invites a user with {@code roles}, accepts the invitation and returns their token. */
        public Member member(String role, String departmentId) {
            String email = unique(role) + "@" + code + ".test";
            Map<String, Object> body = departmentId == null
                    ? Map.of("email", email, "name", "成员 " + role, "roles", java.util.List.of(role))
                    : Map.of("email", email, "name", "成员 " + role, "roles", java.util.List.of(role),
                            "departmentId", departmentId);
            Response invited = admin().body(body).post("/users");
            invited.then().statusCode(201);
            String link = invited.path("inviteUrl");
            String token = acceptInvitation(link, PASSWORD);
            return new Member(invited.path("user.id"), email, token);
        }
    }

    /** A user of a test tenant. */
    public record Member(String id, String email, String token) {
        public RequestSpecification as() {
            return bearer(token);
        }
    }

    public static String tokenOf(String link) {
        return java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String acceptInvitation(String link, String password) {
        return anonymous().body(Map.of("token", tokenOf(link), "password", password))
                .post("/auth/invitations/accept").then().statusCode(200).extract().path("accessToken");
    }

    public static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty("tradewind.db"));
    }
}
