package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/** The console against the real Keycloak: PKCE sign-in on Keycloak's page, and sign-out that ends Keycloak's session. */
@EnabledIfSystemProperty(named = "tradewind.keycloakUrl", matches = ".+")
class KeycloakConsoleIT {

    @Test
    void signsInThroughKeycloakWithPkceAndSignsOutOfKeycloakToo() {
        String index = RestAssured.given().baseUri(Api.BASE_URL).get("/").asString();
        assumeTrue(index.contains("<script"), "the console was not built (-Dconsole.skip=true)");
        Api.TestTenant tenant = Api.signup();
        try (Browser browser = Browser.start("en")) {
            browser.forget().open("/#/login");
            browser.click(".sso button");
            browser.await("#username");
            assertThat(browser.driver.getCurrentUrl()).startsWith(Api.KEYCLOAK_URL + "/realms/tradewind/")
                    .contains("code_challenge_method=S256").contains("client_id=tradewind-console");
            browser.screenshot("keycloak-01-login");
            // With organizations on, Keycloak asks for the username first and the password on a second page.
            browser.fill("#username", tenant.adminEmail()).click("#kc-login");
            browser.fill("#password", PASSWORD).click("#kc-login");
            browser.awaitRoute("/app/my-day");
            browser.awaitText("[data-testid=tenant-name]", tenant.name());
            browser.screenshot("keycloak-02-signed-in");
            String stored = (String) browser.script("return JSON.stringify(localStorage)");
            assertThat(stored).doesNotContain(PASSWORD);
            // The console's session is the Keycloak token of that tenant's admin, and Tradewind accepts it.
            String accessToken = (String) browser.script(
                    "return JSON.parse(localStorage.getItem('tradewind.session')).accessToken");
            Api.bearer(accessToken).get("/me").then().statusCode(200)
                    .body("user.email", equalTo(tenant.adminEmail())).body("tenant.code", equalTo(tenant.code()));
            String keycloakUserId = Keycloak.admin().queryParam("email", tenant.adminEmail()).queryParam("exact", true)
                    .get("/users").then().statusCode(200).extract().path("[0].id");
            assertThat(keycloakSessions(keycloakUserId)).as("the console's Keycloak session").isEqualTo(1);

            browser.click("[data-testid=sign-out]");
            browser.awaitRoute("/login");
            browser.screenshot("keycloak-03-signed-out");
            assertThat(keycloakSessions(keycloakUserId)).as("Keycloak sessions after signing out").isZero();
            assertThat((String) browser.script("return JSON.stringify(localStorage)")).doesNotContain(accessToken);
            // Keycloak's session has ended too: signing in again asks for the password again.
            browser.click(".sso button");
            browser.await("#username");
            assertThat(browser.driver.getCurrentUrl()).startsWith(Api.KEYCLOAK_URL + "/realms/tradewind/");
            assertThat(browser.driver.findElements(By.id("kc-login"))).isNotEmpty();
            browser.screenshot("keycloak-04-asked-again");
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }

    /**
     * A person in two companies: Keycloak's own page asks which company at sign-in (the console asks for
     * the scope organization), and the console's "switch company" signs in to the other one without a
     * password, through the Keycloak session (ADR 0257).
     */
    @Test
    void aPersonInTwoCompaniesPicksOneOnKeycloaksPageAndSwitchesInTheConsole() {
        String index = RestAssured.given().baseUri(Api.BASE_URL).get("/").asString();
        assumeTrue(index.contains("<script"), "the console was not built (-Dconsole.skip=true)");
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        io.restassured.response.Response invited = b.admin().body(java.util.Map.of("email", a.adminEmail(),
                "name", "两家公司的人", "roles", java.util.List.of("tenant-admin"))).post("/users");
        invited.then().statusCode(201);
        Api.acceptInvitation(invited.path("inviteUrl"), PASSWORD);
        try (Browser browser = Browser.start("en")) {
            browser.forget().open("/#/login");
            browser.click(".sso button");
            browser.fill("#username", a.adminEmail()).click("#kc-login");
            // Keycloak's page: one button per organization of the user, named after the company.
            browser.await("#organization-" + b.code());
            assertThat(browser.text("#organization-" + a.code())).isEqualTo(a.name());
            browser.screenshot("keycloak-05-pick-company");
            browser.click("#organization-" + b.code());
            browser.fill("#password", PASSWORD).click("#kc-login");
            browser.awaitRoute("/app/my-day");
            browser.awaitText("[data-testid=tenant-name]", b.name());
            browser.screenshot("keycloak-06-in-company-b");
            assertThat(consoleTenant(browser)).isEqualTo(b.code());

            browser.click("[data-testid=switch-company]");
            browser.await("[data-testid=company-" + a.code() + "]");
            assertThat(browser.driver.findElements(By.cssSelector("[data-testid=company-" + b.code() + "]")))
                    .as("the current company is not offered").isEmpty();
            browser.screenshot("keycloak-07-switch-menu");
            browser.click("[data-testid=company-" + a.code() + "]");
            // No password again: Keycloak's session answers the request for organization:<code of A>.
            browser.awaitRoute("/app/my-day");
            browser.awaitText("[data-testid=tenant-name]", a.name());
            browser.screenshot("keycloak-08-switched-to-a");
            assertThat(consoleTenant(browser)).isEqualTo(a.code());
            assertThat(browser.driver.getPageSource()).contains(a.name());
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }

    /** The company of the token the console holds, as Tradewind resolves it. */
    private static String consoleTenant(Browser browser) {
        String accessToken = (String) browser.script("return JSON.parse(localStorage.getItem('tradewind.session')).accessToken");
        return Api.bearer(accessToken).get("/me").then().statusCode(200).extract().path("tenant.code");
    }

    /** The user's Keycloak sessions the console's client takes part in (the API tests' password grants aside). */
    private static long keycloakSessions(String userId) {
        java.util.List<java.util.Map<String, Object>> sessions = Keycloak.admin().get("/users/" + userId + "/sessions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return sessions.stream().filter(session -> ((java.util.Map<?, ?>) session.get("clients")).containsValue("tradewind-console"))
                .count();
    }
}
