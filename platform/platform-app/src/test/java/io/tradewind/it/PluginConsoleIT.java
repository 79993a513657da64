package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The plugin catalog and a plugin's screen in a real browser against the integration-test server
 * (H2 only, as ConsoleIT), with the real channel-management package the build copies into the
 * server's plugin folder: a tenant admin enables it through the form generated from its settings
 * schema, its menu entry and screen appear, a partner is onboarded through that screen, the
 * language switch re-translates it, and a tenant that did not enable it has none of it; a plugin
 * screen that throws when mounted (test plugin faulty-test) shows an error instead of a blank page.
 * Screenshots go to target/screenshots (plugins-*.png).
 */
class PluginConsoleIT {

    private static final String CARD = ".plugin-card[data-plugin=channel-management] ";
    private static final String MENU_ENTRY = ".sidebar a[data-plugin=channel-management]";
    private static final String SCREEN = "[data-testid=plugin-screen][data-plugin=channel-management] ";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("en-US,en");
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = SESSION.browser();
    }

    /** Signs a new company up in the browser; answers its admin's e-mail. */
    private static String signUp(String company) {
        String email = unique("admin") + "@plugins.test";
        browser.forget().open("/#/signup");
        browser.fill("[data-testid=signup-form] input[name=companyName]", company)
                .fill("[data-testid=signup-form] input[name=adminName]", "Admin " + company)
                .fill("[data-testid=signup-form] input[name=email]", email)
                .fill("[data-testid=signup-form] input[name=password]", PASSWORD);
        browser.click("[data-testid=signup-submit]").awaitRoute("/app/my-day");
        return email;
    }

    @Test
    void anAdminEnablesChannelManagementAndUsesItsScreenWhichOtherTenantsDoNotHave() {
        signUp("Plugin Co " + unique("p"));

        // The catalog: the shipped plugin, not installed yet, and no menu entry for it
        browser.click(".sidebar a[href='#/app/admin/plugins']").awaitRoute("/app/admin/plugins");
        assertThat(browser.awaitText(CARD + "[data-testid=plugin-status]", "Not installed")).isEqualTo("Not installed");
        assertThat(browser.text(CARD)).contains("channel-management").contains("Tradewind");
        assertThat(browser.driver.findElements(By.cssSelector(MENU_ENTRY))).isEmpty();
        browser.screenshot("plugins-01-catalog");

        // Enabled with the form generated from its JSON Schema, defaults filled in
        browser.click(CARD + "[data-testid=plugin-enable]");
        browser.await("[data-testid=settings-form] [data-field=conflictRule]");
        assertThat(browser.text("[data-testid=settings-form] [data-field=priceTolerancePercent]")).contains("Price tolerance (%)");
        assertThat(browser.text("[data-testid=settings-form] [data-field=conflictRule]")).contains("manager");
        assertThat(browser.await("[data-testid=settings-form] [data-field=priceTolerancePercent] input")
                .getDomProperty("value")).isEqualTo("5");
        browser.fill("[data-testid=settings-form] [data-field=priceTolerancePercent] input", "3");
        browser.click("[data-testid=settings-form] [data-field=directRegions] .el-select__wrapper");
        browser.await("[data-testid=settings-form] [data-field=directRegions] input").sendKeys("Shanghai", Keys.ENTER);
        browser.awaitText("[data-testid=settings-form] [data-field=directRegions]", "Shanghai");
        browser.click(".el-dialog__title"); // a click outside closes the list of the select
        browser.awaitGone(".el-select-dropdown");
        browser.screenshot("plugins-02-settings-form");
        browser.click("[data-testid=settings-save]");
        browser.awaitGone("[data-testid=settings-form]");
        browser.awaitText(CARD + "[data-testid=plugin-status]", "Enabled");

        // Its menu entry appears without a reload; the settings were kept as entered
        assertThat(browser.awaitText(MENU_ENTRY, "Channels")).isEqualTo("Channels");
        browser.click(CARD + "[data-testid=plugin-settings]");
        browser.awaitText("[data-testid=settings-form] [data-field=directRegions]", "Shanghai");
        assertThat(browser.await("[data-testid=settings-form] [data-field=priceTolerancePercent] input")
                .getDomProperty("value")).isEqualTo("3");
        browser.screenshot("plugins-03-enabled");
        browser.click(".el-dialog__headerbtn");
        browser.awaitGone("[data-testid=settings-form]");

        // Its screen, mounted from the plugin's module: a partner onboarded through it
        browser.click(MENU_ENTRY).awaitRoute("/app/plugins/channel-management/channels");
        assertThat(browser.awaitText(SCREEN + "h2", "Channels")).isEqualTo("Channels");
        browser.click(SCREEN + "[data-action=new-partner]");
        String partner = "East Med " + unique("m").substring(0, 6);
        browser.fill(SCREEN + "form[data-form=partner] input[name=name]", partner)
                .fill(SCREEN + "form[data-form=partner] input[name=regions]", "330000, 310000")
                .fill(SCREEN + "form[data-form=partner] input[name=productLines]", "imaging");
        browser.screenshot("plugins-04-partner-form");
        browser.click(SCREEN + "[data-action=create-partner]");
        String table = browser.awaitText(SCREEN + ".cm-table", partner);
        assertThat(table).contains("Distributor").contains("330000, 310000").contains("imaging").contains("Candidate");
        browser.screenshot("plugins-05-plugin-screen");

        // The language switch: the plugin's screen and menu entry in Chinese
        browser.click("[data-testid=language-switch]");
        assertThat(browser.awaitText(SCREEN + "h2", "渠道管理")).isEqualTo("渠道管理");
        assertThat(browser.awaitText(SCREEN + ".cm-table", partner)).contains("名称").contains("分销商");
        assertThat(browser.awaitText(MENU_ENTRY, "渠道管理")).isEqualTo("渠道管理");
        browser.screenshot("plugins-06-plugin-screen-zh");

        // On a phone: the menu in the drawer has the entry, the screen fits
        browser.size(390, 844);
        browser.click(".menu-toggle");
        browser.await(".nav-drawer a[data-plugin=channel-management]");
        browser.screenshot("plugins-07-phone-menu");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.awaitGone(".nav-drawer a[data-plugin=channel-management]");
        browser.screenshot("plugins-08-phone-screen");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
        browser.size(1280, 900);

        // Disabled: the menu entry goes without a reload; its data is kept
        browser.open("/#/app/admin/plugins");
        browser.click(CARD + "[data-testid=plugin-disable]");
        browser.click(".el-message-box__btns .el-button--primary");
        browser.awaitText(CARD + "[data-testid=plugin-status]", "已停用");
        browser.awaitGone(MENU_ENTRY);
        assertThat(browser.driver.findElements(By.cssSelector(CARD + "[data-testid=plugin-uninstall]"))).hasSize(1);
        browser.screenshot("plugins-09-disabled");
        browser.click("[data-testid=language-switch]");
        browser.awaitText(CARD + "[data-testid=plugin-status]", "Disabled");

        // Uninstalled after a confirmation: the export is downloaded first, then it is no longer installed
        browser.click(CARD + "[data-testid=plugin-uninstall]");
        browser.click(".el-message-box__btns .el-button--primary");
        browser.awaitText(CARD + "[data-testid=plugin-status]", "Not installed");
        assertThat(browser.driver.findElements(By.cssSelector(CARD + "[data-testid=plugin-uninstall]"))).isEmpty();

        // Another tenant that never enabled it has no menu entry and no screen
        String other = signUp("Other Co " + unique("o"));
        browser.await(".sidebar a[href='#/app/admin/plugins']");
        browser.open("/#/app/plugins/channel-management/channels");
        browser.await("[data-testid=plugin-missing]");
        assertThat(browser.driver.findElements(By.cssSelector(MENU_ENTRY))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(SCREEN + "h2"))).isEmpty();
        browser.screenshot("plugins-10-other-tenant");

        // A plugin whose module throws when mounted: an error state with its message, not a blank page
        browser.open("/#/app/admin/plugins");
        browser.click(".plugin-card[data-plugin=faulty-test] [data-testid=plugin-enable]");
        browser.awaitText(".plugin-card[data-plugin=faulty-test] [data-testid=plugin-status]", "Enabled");
        browser.click(".sidebar a[data-plugin=faulty-test]").awaitRoute("/app/plugins/faulty-test/broken");
        assertThat(browser.awaitText(".plugin-screen-page [data-testid=problem]", "broken on purpose"))
                .contains("The plugin screen failed to load");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=plugin-screen][data-plugin=faulty-test]")).getText()).isEmpty();
        browser.screenshot("plugins-11-failing-screen");

        // Its REST contribution fails until the host suspends it: the catalog says so and lists the failures
        String token = Api.login(other, PASSWORD, null);
        for (int call = 0; call < 5 && Api.bearer(token).get("/plugins/faulty-test/boom").statusCode() == 503; call++) {
            // each failed call is recorded; the test servers suspend after three in a row
        }
        browser.open("/#/app/admin/plugins");
        browser.awaitText(".plugin-card[data-plugin=faulty-test] [data-testid=plugin-status]", "Suspended after failures");
        browser.click(".plugin-card[data-plugin=faulty-test] [data-testid=plugin-failures]");
        assertThat(browser.text(".plugin-card[data-plugin=faulty-test] [data-testid=failure-list]")).contains("ERROR");
        browser.awaitGone(".sidebar a[data-plugin=faulty-test]");
        browser.screenshot("plugins-12-suspended");
    }

    /**
     * Per-tenant versions (ADR 0221): a tenant on twin-test 1.0.0 sees the newest version beside its own,
     * upgrades after a confirmation, and the custom-fields page marks the plugin's fields as the plugin's.
     */
    @Test
    void anAdminSeesTheNewestVersionUpgradesAndSeesThePluginsFieldsTagged() throws Exception {
        String email = signUp("Twin Co " + unique("t"));
        String token = Api.login(email, PASSWORD, null);
        Api.bearer(token).body(java.util.Map.of("version", "1.0.0")).post("/plugins/twin-test/enable").then().statusCode(200);
        PluginVersionsIT.dropVersion2();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline
                && !"2.0.0".equals(Api.bearer(token).get("/plugins/twin-test").then().extract().path("latestVersion"))) {
            Thread.sleep(500);
        }
        String card = ".plugin-card[data-plugin=twin-test] ";
        browser.open("/#/app/admin/plugins");
        assertThat(browser.awaitText(card + "[data-testid=plugin-installed-version]", "1.0.0")).isEqualTo("1.0.0");
        // The tag zooms in (an Element Plus transition); until it is visible WebDriver leaves its text out
        assertThat(browser.awaitText(card + "[data-testid=plugin-latest-version]", "Upgrade available")).contains("2.0.0");
        browser.script("document.querySelector('.plugin-card[data-plugin=twin-test]').scrollIntoView({block: 'center'})");
        browser.screenshot("plugins-13-upgrade-available");

        // Cancelled: nothing changes; confirmed: the tenant runs 2.0.0
        browser.click(card + "[data-testid=plugin-upgrade]");
        assertThat(browser.awaitText(".el-message-box__message", "2.0.0")).contains("1.0.0").contains("Other workspaces");
        browser.screenshot("plugins-14-upgrade-confirm");
        browser.click(".el-message-box__btns .el-button:not(.el-button--primary)");
        browser.awaitGone(".el-message-box__message");
        assertThat(browser.text(card + "[data-testid=plugin-installed-version]")).isEqualTo("1.0.0");
        browser.click(card + "[data-testid=plugin-upgrade]");
        browser.click(".el-message-box__btns .el-button--primary");
        assertThat(browser.awaitText(card + "[data-testid=plugin-installed-version]", "2.0.0")).isEqualTo("2.0.0");
        browser.awaitGone(card + "[data-testid=plugin-upgrade]");
        browser.script("document.querySelector('.plugin-card[data-plugin=twin-test]').scrollIntoView({block: 'center'})");
        assertThat(Api.bearer(token).get("/plugins/twin-test/version").then().statusCode(200).extract().<String>path("version"))
                .isEqualTo("2");
        browser.screenshot("plugins-15-upgraded");

        // The plugin's fields are tagged with the plugin on the custom-fields page, in both languages
        browser.open("/#/app/admin/custom-fields");
        assertThat(browser.awaitText("[data-field-source=twinCode]", "twin-test")).isEqualTo("Plugin: twin-test");
        browser.screenshot("plugins-16-plugin-fields");
        browser.click("[data-testid=language-switch]");
        assertThat(browser.awaitText("[data-field-source=twinCode]", "插件")).isEqualTo("插件：twin-test");
        browser.click("[data-testid=language-switch]");
        browser.awaitText("[data-field-source=twinCode]", "Plugin");
    }
}
