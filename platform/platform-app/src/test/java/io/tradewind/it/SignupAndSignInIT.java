package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.anonymous;
import static io.tradewind.it.Api.bearer;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The identity contract of issue 3: signup, tokens, /me, refresh, lockout, several tenants per e-mail. */
class SignupAndSignInIT {

    @Test
    void signupCreatesATrialTenantAndItsAdmin() {
        String email = unique("Founder") + "@Example.TEST";
        anonymous().body(Map.of("companyName", "华康医疗器械有限公司", "adminName", "王经理", "email", email,
                        "password", PASSWORD))
                .post("/signup")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tenant"))
                .body("tenant.id", matchesPattern("[0-9A-Z]{13}"))
                .body("tenant.code", matchesPattern("[a-z0-9-]{3,40}"))
                .body("tenant.name", equalTo("华康医疗器械有限公司"))
                .body("tenant.plan", equalTo("trial"))
                .body("tenant.status", equalTo("active"))
                .body("user.id", matchesPattern("[0-9A-Z]{13}"))
                .body("user.email", equalTo(email.toLowerCase()))
                .body("user.name", equalTo("王经理"));
    }

    @Test
    void aTakenEmailIsAConflict() {
        Api.TestTenant tenant = Api.signup();
        anonymous().body(Map.of("companyName", "Other Co", "adminName", "Other", "email", tenant.adminEmail().toUpperCase(),
                        "password", PASSWORD))
                .post("/signup")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/email-taken"))
                .body("field", equalTo("email"));
    }

    @Test
    void aWeakPasswordOrBadEmailNamesTheField() {
        anonymous().body(Map.of("companyName", "Weak Co", "adminName", "W", "email", unique("w") + "@weak.test",
                        "password", "password"))
                .post("/signup")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/validation"))
                .body("errors.field", hasItem("password"));
        anonymous().body(Map.of("companyName", "Bad Co", "adminName", "B", "email", "not-an-email",
                        "password", PASSWORD))
                .post("/signup")
                .then().statusCode(400)
                .body("errors.field", hasItem("email"));
        anonymous().body(Map.of("adminName", "B", "email", unique("b") + "@bad.test", "password", PASSWORD))
                .post("/signup")
                .then().statusCode(400)
                .body("errors.field", hasItem("companyName"));
    }

    @Test
    void aChosenTenantCodeIsKeptAndMustBeFree() {
        String code = unique("acme").toLowerCase();
        anonymous().body(Map.of("companyName", "Acme", "adminName", "A", "email", unique("a") + "@acme.test",
                        "password", PASSWORD, "code", code))
                .post("/signup").then().statusCode(201).body("tenant.code", equalTo(code));
        anonymous().body(Map.of("companyName", "Acme 2", "adminName", "A", "email", unique("a") + "@acme.test",
                        "password", PASSWORD, "code", code))
                .post("/signup").then().statusCode(409).body("field", equalTo("code"));
        anonymous().body(Map.of("companyName", "Acme 3", "adminName", "A", "email", unique("a") + "@acme.test",
                        "password", PASSWORD, "code", "platform"))
                .post("/signup").then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void tokenAndMe() {
        Api.TestTenant tenant = Api.signup();
        Response token = anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token");
        token.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", is(900))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue());
        bearer(token.path("accessToken")).get("/me")
                .then().statusCode(200)
                .body("user.id", equalTo(tenant.adminId()))
                .body("user.email", equalTo(tenant.adminEmail()))
                .body("tenant.id", equalTo(tenant.id()))
                .body("tenant.code", equalTo(tenant.code()))
                .body("tenant.name", equalTo(tenant.name()))
                .body("roles", equalTo(List.of("tenant-admin")))
                .body("permissions", hasItem("users.manage"))
                .body("dataScope", equalTo("all"));
    }

    @Test
    void wrongCredentialsAreA401Problem() {
        Api.TestTenant tenant = Api.signup();
        anonymous().body(Map.of("email", tenant.adminEmail(), "password", "Wrong-Passw0rd")).post("/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/invalid-credentials"));
        anonymous().body(Map.of("email", unique("nobody") + "@nowhere.test", "password", PASSWORD)).post("/auth/token")
                .then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/invalid-credentials"));
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        Api.TestTenant tenant = Api.signup();
        for (int i = 0; i < 5; i++) {
            anonymous().body(Map.of("email", tenant.adminEmail(), "password", "Wrong-Passw0rd")).post("/auth/token")
                    .then().statusCode(401);
        }
        anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token")
                .then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/account-locked"));
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenEndsTheSession() {
        Api.TestTenant tenant = Api.signup();
        Response first = anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token");
        String refresh = first.path("refreshToken");
        Response second = anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh");
        second.then().statusCode(200).body("accessToken", notNullValue());
        String rotated = second.path("refreshToken");
        assertThat(rotated).isNotEqualTo(refresh);
        bearer(second.path("accessToken")).get("/me").then().statusCode(200);
        // Replaying the spent token is treated as theft: every session of the user ends.
        anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh")
                .then().statusCode(401).body("type", equalTo("https://tradewind.io/problems/invalid-token"));
        anonymous().body(Map.of("refreshToken", rotated)).post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void logoutEndsTheRefreshToken() {
        Api.TestTenant tenant = Api.signup();
        String refresh = anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD))
                .post("/auth/token").path("refreshToken");
        anonymous().body(Map.of("refreshToken", refresh)).post("/auth/logout").then().statusCode(204);
        anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void anEmailInSeveralTenantsChoosesOneWithTenantCode() {
        Api.TestTenant first = Api.signup();
        Api.TestTenant second = Api.signup();
        String email = unique("shared") + "@both.test";
        for (Api.TestTenant tenant : List.of(first, second)) {
            String link = tenant.admin().body(Map.of("email", email, "name", "Shared", "roles", List.of("sales-rep")))
                    .post("/users").then().statusCode(201).extract().path("inviteUrl");
            Api.acceptInvitation(link, PASSWORD);
        }
        anonymous().body(Map.of("email", email, "password", PASSWORD)).post("/auth/token")
                .then().statusCode(400)
                .body("type", equalTo("https://tradewind.io/problems/tenant-selection-required"))
                .body("tenants.code", hasSize(2))
                .body("tenants.code", hasItem(first.code()))
                .body("tenants.code", hasItem(second.code()));
        String token = Api.login(email, PASSWORD, second.code());
        bearer(token).get("/me").then().statusCode(200).body("tenant.id", equalTo(second.id()));
        // Both companies are listed (ADR 0257), the token's one as current; tenant codes only, no data of the other.
        bearer(token).get("/me/companies").then().statusCode(200)
                .body("items.code", hasSize(2)).body("items.code", hasItem(first.code()))
                .body("items.find { it.current }.code", equalTo(second.code()));
    }

    @Test
    void publicKeysArePublished() {
        anonymous().get("/auth/jwks").then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys.kty", everyItem(equalTo("RSA")))
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void meCanChangeProfileAndPassword() {
        Api.TestTenant tenant = Api.signup();
        String etag = tenant.admin().get("/me").then().statusCode(200).extract().header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("name", "新名字", "locale", "en")).patch("/me")
                .then().statusCode(200).body("user.name", equalTo("新名字")).body("user.locale", equalTo("en"));
        tenant.admin().body(Map.of("currentPassword", "Wrong-Passw0rd", "newPassword", "Another-Passw0rd1"))
                .post("/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        tenant.admin().body(Map.of("currentPassword", PASSWORD, "newPassword", "Another-Passw0rd1"))
                .post("/me/password").then().statusCode(204);
        Api.login(tenant.adminEmail(), "Another-Passw0rd1", null);
    }
}
