package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/** The console against the real Keycloak: PKCE sign-in on Keycloak's page, and sign-out that ends Keycloak's session. */
@EnabledIfSystemProperty(named = "tradewind.keycloakUrl", matches = ".+")
class KeycloakConsoleIT {

    @Test
    @Disabled("Open: the browser reaches Keycloak and signs in, but the console lands on /login?sso=failed "
            + "(suspected: the token request from the console is refused by CORS, because webOrigins \"+\" "
            + "cannot be derived from the wildcard-port redirect URIs). Issue 4 stays open until this passes.")
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

            browser.click("[data-testid=sign-out]");
            browser.awaitRoute("/login");
            browser.screenshot("keycloak-03-signed-out");
            // Keycloak's session has ended too: signing in again asks for the password again.
            browser.click(".sso button");
            browser.await("#username");
            assertThat(browser.driver.findElements(By.id("kc-login"))).isNotEmpty();
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }
}
