package io.tradewind.it.keycloak;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.anonymous;
import static io.tradewind.it.Api.bearer;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tradewind.it.Api;
import io.tradewind.it.Keycloak;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Tradewind in Keycloak mode against the real Keycloak the build started (issue 4). */
@EnabledIfSystemProperty(named = "tradewind.keycloakUrl", matches = ".+")
class KeycloakIdentityIT {

    @Test
    void signupCreatesTheOrganizationAndItsAdminInKeycloak() {
        Api.TestTenant tenant = Api.signup();
        List<Map<String, Object>> organizations = Keycloak.admin()
                .queryParam("q", "tradewind-tenant:" + tenant.code()).get("/organizations").then().statusCode(200).extract().path("");
        assertThat(organizations).hasSize(1);
        assertThat(organizations.get(0)).containsEntry("alias", tenant.code()).containsEntry("name", tenant.name())
                .containsEntry("enabled", true);
        String organizationId = (String) organizations.get(0).get("id");
        Keycloak.admin().get("/organizations/" + organizationId + "/members").then().statusCode(200)
                .body("email", hasItem(tenant.adminEmail()));
    }

    @Test
    void thePasswordGrantTokenCarriesTheTenantAndMapsToTheSameCaller() {
        Api.TestTenant tenant = Api.signup();
        JsonPath claims = claims(tenant.token());
        assertThat(claims.getList("organization", String.class)).containsExactly(tenant.code());
        assertThat(claims.getString("iss")).isEqualTo(Api.KEYCLOAK_URL + "/realms/" + Keycloak.REALM);
        bearer(tenant.token()).get("/me").then().statusCode(200)
                .header("X-Tenant-Id", tenant.id())
                .body("tenant.id", equalTo(tenant.id()))
                .body("tenant.code", equalTo(tenant.code()))
                .body("user.id", equalTo(tenant.adminId()))
                .body("user.email", equalTo(tenant.adminEmail()))
                .body("roles", hasItem("tenant-admin"));
    }

    @Test
    void aUserOfTenantACannotReachTenantBsData() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        String bDepartment = b.admin().get("/departments").then().statusCode(200).extract().path("items[0].id");
        a.admin().get("/departments/" + bDepartment).then().statusCode(404);
        a.admin().get("/users/" + b.adminId()).then().statusCode(404);
        // Asking Keycloak for B's organization with A's credentials yields no token naming B.
        assertNoTokenFor(a.adminEmail(), b.code());
    }

    @Test
    void aTokenWithoutTheOrganizationScopeIsRefused() {
        Api.TestTenant tenant = Api.signup();
        String token = io.restassured.RestAssured.given().baseUri(Api.KEYCLOAK_URL)
                .contentType(io.restassured.http.ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", Keycloak.CLIENT_ID)
                .formParam("client_secret", Keycloak.CLIENT_SECRET).formParam("username", tenant.adminEmail())
                .formParam("password", PASSWORD).formParam("scope", "openid")
                .post("/realms/" + Keycloak.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        bearer(token).get("/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/invalid-token"));
    }

    @Test
    void aPersonInTwoCompaniesReachesEachOnlyWithATokenNamingIt() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        String userInB = joinAsTenantAdmin(b, a.adminEmail());
        String departmentOfA = a.admin().get("/departments").then().statusCode(200).extract().path("items[0].id");
        String departmentOfB = b.admin().get("/departments").then().statusCode(200).extract().path("items[0].id");

        String forA = Keycloak.token(a.adminEmail(), PASSWORD, a.code());
        String forB = Keycloak.token(a.adminEmail(), PASSWORD, b.code());
        assertThat(claims(forA).getList("organization", String.class)).containsExactly(a.code());
        assertThat(claims(forB).getList("organization", String.class)).containsExactly(b.code());
        bearer(forA).get("/me").then().statusCode(200).body("tenant.code", equalTo(a.code()))
                .body("user.id", equalTo(a.adminId()));
        bearer(forB).get("/me").then().statusCode(200).body("tenant.code", equalTo(b.code()))
                .body("user.id", equalTo(userInB));
        bearer(forA).get("/departments/" + departmentOfA).then().statusCode(200);
        bearer(forA).get("/departments/" + departmentOfB).then().statusCode(404);
        bearer(forB).get("/departments/" + departmentOfB).then().statusCode(200);
        bearer(forB).get("/departments/" + departmentOfA).then().statusCode(404);
        assertThat(bearer(forB).get("/departments").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .contains(departmentOfB).doesNotContain(departmentOfA);

        // Both tokens list both companies; each marks its own as current.
        assertThat(companies(forA)).containsExactlyInAnyOrder(a.code() + " current", b.code());
        assertThat(companies(forB)).containsExactlyInAnyOrder(a.code(), b.code() + " current");

        // Without naming a company, the token of a person in two companies names none: the documented problem.
        String unnamed = Keycloak.token(a.adminEmail(), PASSWORD, null);
        assertThat(claims(unnamed).getList("organization")).isNullOrEmpty();
        bearer(unnamed).get("/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/invalid-token"))
                .body("detail", org.hamcrest.Matchers.containsString("organization:<company code>"));
        bearer(unnamed).get("/me/companies").then().statusCode(401);
        // organization:* names both: still not one company.
        String both = Keycloak.grant(a.adminEmail(), PASSWORD, "*").then().statusCode(200).extract().path("access_token");
        assertThat(claims(both).getList("organization", String.class)).containsExactlyInAnyOrder(a.code(), b.code());
        bearer(both).get("/me").then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/invalid-token"));

        // Disabled in B: B is no longer offered, and Keycloak gives no token for it.
        b.admin().post("/users/" + userInB + "/disable").then().statusCode(200);
        assertThat(companies(forA)).containsExactly(a.code() + " current");
        assertNoTokenFor(a.adminEmail(), b.code());
    }

    /** The tenant admin of {@code company} invites {@code email} as another tenant admin, who accepts; answers the user id. */
    static String joinAsTenantAdmin(Api.TestTenant company, String email) {
        Response invited = company.admin().body(Map.of("email", email, "name", "两家公司的人", "roles", List.of("tenant-admin")))
                .post("/users");
        invited.then().statusCode(201);
        Api.acceptInvitation(invited.path("inviteUrl"), PASSWORD);
        return invited.path("user.id");
    }

    /** GET /me/companies as "code" or "code current". */
    private static List<String> companies(String token) {
        List<Map<String, Object>> items = bearer(token).get("/me/companies").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().map(c -> c.get("code") + (Boolean.TRUE.equals(c.get("current")) ? " current" : "")).toList();
    }

    @Test
    void whatOnlyTheBuiltInIdentityDoesPointsToKeycloak() {
        Api.TestTenant tenant = Api.signup();
        List<Response> answers = List.of(
                anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token"),
                anonymous().body(Map.of("refreshToken", "x".repeat(40))).post("/auth/refresh"),
                anonymous().body(Map.of("refreshToken", "x".repeat(40))).post("/auth/logout"),
                anonymous().body(Map.of("email", tenant.adminEmail())).post("/auth/password-reset"),
                anonymous().body(Map.of("token", "x".repeat(40), "password", "Another-Passw0rd")).post("/auth/password-reset/confirm"),
                tenant.admin().body(Map.of("currentPassword", PASSWORD, "newPassword", "Another-Passw0rd")).post("/me/password"));
        for (Response answer : answers) {
            answer.then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://tradewind.io/problems/conflict"))
                    .body("detail", org.hamcrest.Matchers.containsString("Keycloak"));
        }
        anonymous().header("Accept-Language", "zh-CN").body(Map.of("email", tenant.adminEmail(), "password", PASSWORD))
                .post("/auth/token").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("通过 Keycloak 登录"));
        // The Keycloak password still works: nothing was changed behind Keycloak's back.
        assertThat(Api.login(tenant.adminEmail(), PASSWORD, tenant.code())).isNotBlank();
    }

    @Test
    void aRoleChangeByTheTenantAdminIsInTheUsersNextKeycloakToken() {
        Api.TestTenant tenant = Api.signup();
        assertThat(claims(tenant.token()).getList("tradewind_roles", String.class))
                .containsExactly("/tenants/" + tenant.code() + "/tenant-admin");
        Api.Member rep = tenant.member("sales-rep", null);
        assertThat(claims(Keycloak.token(rep.email(), PASSWORD, tenant.code())).getList("tradewind_roles", String.class))
                .containsExactly("/tenants/" + tenant.code() + "/sales-rep");
        rep.as().get("/users").then().statusCode(403);

        String etag = tenant.admin().get("/users/" + rep.id()).then().statusCode(200).extract().header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("roles", List.of("sales-manager")))
                .patch("/users/" + rep.id()).then().statusCode(200);

        String next = Keycloak.token(rep.email(), PASSWORD, tenant.code());
        assertThat(claims(next).getList("tradewind_roles", String.class))
                .containsExactly("/tenants/" + tenant.code() + "/sales-manager");
        bearer(next).get("/users").then().statusCode(200);
        bearer(next).get("/me").then().statusCode(200).body("roles", equalTo(List.of("sales-manager")));
    }

    @Test
    void thePlatformOperatorsTokenCarriesTheirRolesLikeATenantUsers() {
        String token = Api.operatorToken();
        assertThat(claims(token).getList("tradewind_roles", String.class))
                .containsExactlyInAnyOrder("/tenants/platform/platform-operator", "/tenants/platform/tenant-admin");
        bearer(token).get("/me").then().statusCode(200).body("roles", hasItem("platform-operator"));
    }

    @Test
    void anAdminsPasswordResetMakesKeycloakAskForANewPasswordAtTheNextSignIn() {
        Api.TestTenant tenant = Api.signup();
        Api.Member member = tenant.member("sales-rep", null);
        assertThat(Keycloak.token(member.email(), PASSWORD, tenant.code())).isNotBlank();

        // The test realm has no SMTP server: Keycloak cannot mail its link, the required action is set anyway.
        tenant.admin().post("/users/" + member.id() + "/reset-password").then().statusCode(202)
                .body("requiredAction", equalTo("UPDATE_PASSWORD"))
                .body("keycloakMailSent", equalTo(false))
                .body("inviteUrl", org.hamcrest.Matchers.nullValue());

        List<Map<String, Object>> users = Keycloak.admin().queryParam("email", member.email())
                .queryParam("exact", true).get("/users").then().statusCode(200).extract().path("");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("requiredActions")).isEqualTo(List.of("UPDATE_PASSWORD"));
        // The old password no longer signs in without the update Keycloak now demands.
        Keycloak.grant(member.email(), PASSWORD, tenant.code()).then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("Account is not fully set up"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        String[] parts = a.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + a.code() + "\"", "\"" + b.code() + "\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        bearer(forged).get("/me").then().statusCode(401);
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        bearer(unsigned).get("/me").then().statusCode(401);
        bearer(a.token()).get("/me").then().statusCode(200);
    }

    @Test
    void aSuspendedTenantIsRefusedAndItsMembersGetNoNewTokens() {
        Api.TestTenant tenant = Api.signup();
        String operator = Api.operatorToken();
        bearer(operator).body(Map.of("reason", "unpaid")).post("/platform/tenants/" + tenant.id() + "/suspend")
                .then().statusCode(200).body("status", equalTo("suspended"));
        tenant.admin().get("/me").then().statusCode(403)
                .body("type", equalTo("https://tradewind.io/problems/tenant-suspended"));
        Response refused = Keycloak.grant(tenant.adminEmail(), PASSWORD, tenant.code());
        assertThat(refused.statusCode()).isIn(400, 401);
        bearer(operator).post("/platform/tenants/" + tenant.id() + "/resume").then().statusCode(200);
        bearer(Keycloak.token(tenant.adminEmail(), PASSWORD, tenant.code())).get("/me").then().statusCode(200);
    }

    @Test
    void aFailedSignupLeavesNothingInKeycloakNorInTheDatabase() {
        // An organization Tradewind does not know holds the code: Keycloak refuses the signup's
        // organization after its admin user was created, so the signup must undo that user.
        String code = "blocked-" + unique("c").substring(2);
        String email = unique("founder") + "@blocked.test";
        String company = "Blocked Co " + unique("x");
        Response blocker = Keycloak.admin().body(Map.of("name", "Blocker " + code, "alias", code, "enabled", true))
                .post("/organizations");
        blocker.then().statusCode(201);
        String blockerPath = blocker.header("Location");
        Map<String, Object> request = Map.of("companyName", company, "adminName", "创始人", "email", email,
                "password", PASSWORD, "code", code);
        anonymous().body(request).post("/signup").then().statusCode(409)
                .body("type", equalTo("https://tradewind.io/problems/conflict"))
                .body("field", equalTo("code"));

        Keycloak.admin().queryParam("email", email).queryParam("exact", true).get("/users").then().statusCode(200)
                .body("size()", equalTo(0));
        Keycloak.admin().queryParam("search", company).get("/organizations").then().statusCode(200)
                .body("size()", equalTo(0));
        // Nothing in the database either: no sign-in entry, no tenant with that code.
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Keycloak.adminToken())
                .delete(blockerPath).then().statusCode(204);
        anonymous().body(request).post("/signup").then().statusCode(201).body("tenant.code", equalTo(code));
    }

    @Test
    void aDisabledUserIsRefusedAndGetsNoTokenForTheCompany() {
        Api.TestTenant tenant = Api.signup();
        Api.Member member = tenant.member("sales-rep", null);
        bearer(member.token()).get("/me").then().statusCode(200).body("user.id", equalTo(member.id()));
        tenant.admin().post("/users/" + member.id() + "/disable").then().statusCode(200);
        bearer(member.token()).get("/me").then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/account-disabled"));
        // Keycloak no longer counts them a member: no token names the company.
        assertNoTokenFor(member.email(), tenant.code());
        tenant.admin().post("/users/" + member.id() + "/enable").then().statusCode(200);
        bearer(Keycloak.token(member.email(), PASSWORD, tenant.code())).get("/me").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        Api.TestTenant tenant = Api.signup();
        String clientId = unique("expiry");
        Response created = Keycloak.admin().body(Map.of("clientId", clientId, "secret", "expiry-secret",
                "publicClient", false, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                "attributes", Map.of("access.token.lifespan", "1"),
                "protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "tradewind", "access.token.claim", "true"))),
                "defaultClientScopes", List.of("basic", "profile", "email", "microprofile-jwt"),
                "optionalClientScopes", List.of("organization"))).post("/clients");
        created.then().statusCode(201);
        try {
            String token = io.restassured.RestAssured.given().baseUri(Api.KEYCLOAK_URL)
                    .contentType(io.restassured.http.ContentType.URLENC)
                    .formParam("grant_type", "password").formParam("client_id", clientId)
                    .formParam("client_secret", "expiry-secret").formParam("username", tenant.adminEmail())
                    .formParam("password", PASSWORD).formParam("scope", "openid organization")
                    .post("/realms/" + Keycloak.REALM + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            JsonPath claims = claims(token);
            assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(1);
            assertThat(claims.getList("organization", String.class)).containsExactly(tenant.code());
            // mpJwt allows 30 s of clock skew.
            Thread.sleep(Math.max(0, (claims.getLong("exp") + 32) * 1000 - System.currentTimeMillis()));
            bearer(token).get("/me").then().statusCode(401);
        } finally {
            io.restassured.RestAssured.given().header("Authorization", "Bearer " + Keycloak.adminToken())
                    .delete(created.header("Location")).then().statusCode(204);
        }
    }

    /** Keycloak refuses the scope organization:<code> (400), or answers a token that Tradewind refuses. */
    private static void assertNoTokenFor(String email, String tenantCode) {
        Response grant = Keycloak.grant(email, PASSWORD, tenantCode);
        if (grant.statusCode() == 400) {
            grant.then().body("error", equalTo("invalid_request"));
            return;
        }
        grant.then().statusCode(200);
        String token = grant.path("access_token");
        assertThat(claims(token).getList("organization")).isNullOrEmpty();
        bearer(token).get("/me").then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/invalid-token"));
    }

    static JsonPath claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
