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

    /** The user's Keycloak sessions the console's client takes part in (the API tests' password grants aside). */
    private static long keycloakSessions(String userId) {
        java.util.List<java.util.Map<String, Object>> sessions = Keycloak.admin().get("/users/" + userId + "/sessions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return sessions.stream().filter(session -> ((java.util.Map<?, ?>) session.get("clients")).containsValue("tradewind-console"))
                .count();
    }
}
