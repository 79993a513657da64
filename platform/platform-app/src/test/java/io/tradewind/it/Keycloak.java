package io.tradewind.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Tokens and admin calls against the Keycloak the build started (system property {@code tradewind.keycloakUrl}). */
public final class Keycloak {

    public static final String REALM = "tradewind";
    public static final String CLIENT_ID = "tradewind-backend";
    public static final String CLIENT_SECRET = System.getProperty("tradewind.keycloakClientSecret",
            "change-me-tradewind-backend");

    private Keycloak() {
    }

    /** Password grant for the company {@code tenantCode} (any single company of the user when null). */
    public static String token(String email, String password, String tenantCode) {
        Response response = grant(email, password, tenantCode);
        response.then().statusCode(200);
        return response.path("access_token");
    }

    public static Response grant(String email, String password, String tenantCode) {
        return given().baseUri(Api.KEYCLOAK_URL).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", CLIENT_ID)
                .formParam("client_secret", CLIENT_SECRET).formParam("username", email)
                .formParam("password", password)
                .formParam("scope", tenantCode == null ? "openid organization" : "openid organization:" + tenantCode)
                .post("/realms/" + REALM + "/protocol/openid-connect/token");
    }

    /** A token of the realm's bootstrap administrator, for looking at what Tradewind left in Keycloak. */
    public static String adminToken() {
        return given().baseUri(Api.KEYCLOAK_URL).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    public static io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(Api.KEYCLOAK_URL).basePath("/admin/realms/" + REALM)
                .header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
