package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.anonymous;
import static io.tradewind.it.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * The web console in a real browser (Debian's headless Chromium) against the integration-test
 * server: signup, invitations, sign-in, password reset, the language switch, problems shown on an
 * admin screen, the operator's tenant screen, a tour of every screen with screenshots (under
 * target/screenshots), and the first-load time. Runs on the H2 server only: the console does not
 * care which database is behind the API.
 */
class ConsoleIT {

    private static final String ZH = "zh-CN,zh";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(ZH);
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        MailServer.start();
        browser = SESSION.browser();
    }

    @Test
    void theServerAnswersTheConsolePageBesideTheApi() {
        String page = given().baseUri(Api.BASE_URL).accept("text/html").get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache").header("X-Frame-Options", "DENY")
                .extract().asString();
        assertThat(page).contains("<div id=\"app\">");
        Matcher script = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page loads its script from /assets/").isTrue();
        given().baseUri(Api.BASE_URL).get(script.group(1)).then().statusCode(200)
                .contentType(containsString("javascript")).header("Cache-Control", containsString("immutable"));

        // A console address typed without the hash: the page, as a 404, which routes it.
        given().baseUri(Api.BASE_URL).accept("text/html,application/xhtml+xml").get("/app/admin/users")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("<div id=\"app\">"));
        // The API, missing files and clients that do not ask for HTML keep problem+json.
        given().baseUri(Api.BASE_URL).accept("text/html").get("/api/v1/public/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(Api.BASE_URL).accept("text/html").get("/assets/no-such-file.js")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(Api.BASE_URL).accept("application/json").get("/no-such-page")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(Api.BASE_URL).get("/health/ready").then().statusCode(200);
        given().baseUri(Api.BASE_URL).get("/openapi").then().statusCode(200);
        given().baseUri(Api.BASE_URL).get("/metrics").then().statusCode(200);

        anonymous().header("Accept-Language", "en").get("/public/plans").then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.code", equalTo(List.of("trial", "team", "business", "enterprise")))
                .body("items.maxUsers", equalTo(Arrays.asList(5, 25, 200, null)))
                .body("items[0].name", equalTo("Trial")).body("items[0].trialDays", equalTo(30))
                .body("items[3].maxUsers", nullValue());
    }

    @Test
    void anAddressTypedWithoutTheHashOpensItsScreen() {
        browser.forget().open("/login");
        browser.awaitRoute("/login");
        assertThat(browser.awaitText("h1", "登录")).isEqualTo("登录");
        browser.open("/no-such-page");
        browser.awaitRoute("/no-such-page");
        assertThat(browser.awaitText("h1", "页面不存在")).isEqualTo("页面不存在");
        // The server answered both pages with a 404, which the browser logs; nothing else.
        assertThat(browser.consoleProblems()).hasSize(2)
                .allMatch(message -> message.contains("status of 404") && !message.contains("/assets/"));
    }

    @Test
    void aCompanySignsUpInvitesSomeoneAndTheySignIn() throws Exception {
        browser.forget().open("/");
        browser.await(".plan[data-plan=enterprise]");
        assertThat(browser.driver.findElements(By.cssSelector(".plan"))).hasSize(4);
        assertThat(browser.text(".plan[data-plan=team]")).contains("团队版").contains("25 个席位");
        assertThat(browser.text(".plan[data-plan=enterprise]")).contains("不限席位");
        browser.screenshot("01-landing");

        browser.click("[data-testid=start-trial]").awaitRoute("/signup");
        String company = "华康医疗器械 " + unique("co");
        String adminEmail = unique("admin") + "@huakang.test";
        browser.fill("[data-testid=signup-form] input[name=companyName]", company)
                .fill("[data-testid=signup-form] input[name=adminName]", "王经理")
                .fill("[data-testid=signup-form] input[name=email]", adminEmail)
                .fill("[data-testid=signup-form] input[name=password]", PASSWORD);
        browser.screenshot("02-signup");
        browser.click("[data-testid=signup-submit]").awaitRoute("/app/my-day");
        assertThat(browser.awaitText("[data-testid=welcome]", "王经理")).contains("王经理");
        assertThat(browser.text("[data-testid=tenant-name]")).isEqualTo(company);
        browser.screenshot("03-my-day");

        browser.click("a[href='#/app/admin/users']").awaitRoute("/app/admin/users");
        browser.awaitText("[data-testid=users-table]", adminEmail);
        assertThat(browser.awaitText("[data-testid=seats]", "1")).contains("已用 1 / 共 5");
        String repEmail = unique("rep") + "@huakang.test";
        browser.click("[data-testid=invite-user]")
                .fill("[data-testid=invite-dialog] input[name=email]", repEmail)
                .fill("[data-testid=invite-dialog] input[name=name]", "李销售")
                .click("[data-testid=invite-submit]");
        String shownLink = browser.await("input[data-testid=invite-url]").getAttribute("value");
        assertThat(shownLink).contains("/#/accept-invitation?token=");
        browser.screenshot("05-users-invited");
        MimeMessage mail = MailServer.awaitMail(repEmail, "accept-invitation");
        assertThat(MailServer.link(mail)).isEqualTo(shownLink);
        browser.click("[data-testid=invite-dialog] .el-dialog__headerbtn");
        browser.awaitText("[data-testid=users-table]", repEmail);
        assertThat(browser.text("[data-testid=seats]")).contains("已用 2 / 共 5");
        browser.screenshot("04-users");

        browser.click("[data-testid=sign-out]").awaitRoute("/login");
        browser.open(onThisServer(shownLink));
        browser.fill("[data-testid=invitation-form] input[name=name]", "李小销")
                .fill("[data-testid=invitation-form] input[name=password]", PASSWORD)
                .fill("[data-testid=invitation-form] input[name=confirm]", PASSWORD);
        browser.screenshot("06-accept-invitation");
        browser.click("[data-testid=invitation-submit]").awaitRoute("/app/my-day");
        browser.awaitText("[data-testid=welcome]", "李小销");
        // A sales rep sees no administration.
        assertThat(browser.driver.findElements(By.cssSelector(".sidebar a[href='#/app/admin/users']"))).isEmpty();

        browser.click("[data-testid=sign-out]").awaitRoute("/login");
        signIn(repEmail, PASSWORD);
        assertThat(browser.awaitText("[data-testid=user-name]", "李小销")).isEqualTo("李小销");

        String adminToken = Api.login(adminEmail, PASSWORD, null);
        Api.bearer(adminToken).queryParam("q", repEmail).get("/users").then()
                .body("items[0].status", equalTo("active")).body("items[0].name", equalTo("李小销"));
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitchIsRemembered() {
        browser.forget().open("/#/login");
        assertThat(browser.awaitText("h1", "登录")).isEqualTo("登录");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        failSignIn("nobody-" + unique("x") + "@nowhere.test");
        browser.awaitText("[data-testid=problem]", wrongPasswordDetail("zh-CN"));

        browser.click("[data-testid=language-switch]");
        assertThat(browser.awaitText("h1", "Sign in")).isEqualTo("Sign in");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.driver.navigate().refresh();
        assertThat(browser.awaitText("h1", "Sign in")).isEqualTo("Sign in");
        // The API's problems come in the language of the screen.
        failSignIn("nobody-" + unique("x") + "@nowhere.test");
        browser.awaitText("[data-testid=problem]", wrongPasswordDetail("en"));
        browser.screenshot("12-login-en");
        browser.click("[data-testid=language-switch]");
        browser.awaitText("h1", "登录");

        try (Browser english = Browser.start("en-US,en")) {
            english.open("/#/login");
            assertThat(english.awaitText("h1", "Sign in")).isEqualTo("Sign in");
            english.open("/");
            english.awaitText(".plan[data-plan=team]", "25 seats");
            english.screenshot("13-landing-en");
            english.assertNoConsoleErrors();
        }
    }

    @Test
    void theKeyboardAloneSignsInAndTabsShareTheSession() {
        Api.TestTenant tenant = Api.signup();
        browser.forget().open("/#/login");
        browser.await("[data-testid=login-form] input[name=email]");
        browser.awaitTrue("return document.activeElement.name === 'email'");
        new Actions(browser.driver).sendKeys(tenant.adminEmail()).sendKeys(Keys.TAB)
                .sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
        browser.awaitRoute("/app/my-day");
        browser.await("[data-testid=welcome]");

        // On a fresh load the first Tab reaches the skip link, whose Enter focuses the screen's content.
        browser.open("/#/app/my-day").await("[data-testid=welcome]");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("main");
        // Every menu entry is a link the Tab key reaches.
        assertThat(browser.script("return [...document.querySelectorAll('.sidebar a')].every((a) => a.tabIndex === 0)"))
                .isEqualTo(true);

        // A second tab is signed in too; signing out there signs this tab out.
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open("/#/app/my-day").await("[data-testid=welcome]");
        browser.click("[data-testid=sign-out]").awaitRoute("/login");
        browser.driver.close();
        browser.driver.switchTo().window(first);
        browser.awaitRoute("/login");
    }

    @Test
    void anAdminScreenShowsTheProblemTheApiAnswered() {
        Api.TestTenant tenant = Api.signup();
        String region = tenant.admin().body(Map.of("name", "华东大区")).post("/departments").then().statusCode(201)
                .extract().path("id");
        String office = tenant.admin().body(Map.of("name", "上海办事处", "parentId", region)).post("/departments")
                .then().statusCode(201).extract().path("id");
        signIn(tenant.adminEmail(), PASSWORD);
        browser.open("/#/app/admin/departments");
        browser.await("[data-department=上海办事处]");
        browser.screenshot("07-departments");

        // Deleting a department that has sub-departments: the API's 409 detail, as the API wrote it.
        String expected = tenant.admin().header("Accept-Language", "zh-CN").header("If-Match", "*")
                .delete("/departments/" + region).then().statusCode(409).extract().path("detail");
        browser.click("[data-department=华东大区] [data-testid=delete-department]")
                .click(".el-message-box__btns .el-button--primary");
        assertThat(browser.awaitText("[data-testid=problem]", expected)).contains("冲突");
        browser.screenshot("08-departments-problem");

        // Renaming with a stale version: 412, the detail, and the dialog shows the current name.
        browser.clickText("[data-department=上海办事处] .tree-actions button", "重命名");
        browser.await("[data-testid=department-form] input[name=name]");
        Response current = tenant.admin().get("/departments/" + office);
        tenant.admin().header("If-Match", current.header("ETag")).body(Map.of("name", "上海分公司"))
                .patch("/departments/" + office).then().statusCode(200);
        browser.fill("[data-testid=department-form] input[name=name]", "浦东办事处").click("[data-testid=department-save]");
        String shown = browser.awaitText("[data-testid=department-form] [data-testid=problem]", "已被修改");
        assertThat(shown).contains("版本已过期");
        assertThat(browser.await("[data-testid=department-form] input[name=name]").getAttribute("value")).isEqualTo("上海分公司");
        browser.screenshot("09-departments-stale");
        browser.click("[data-testid=department-save]");
        browser.await("[data-department=上海分公司]");
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailedLink() throws Exception {
        Api.TestTenant tenant = Api.signup();
        browser.forget().open("/#/login");
        browser.clickText("a", "忘记密码？").awaitRoute("/reset-password");
        browser.fill("input[name=email]", tenant.adminEmail()).clickText("button", "发送链接");
        browser.await("[data-testid=reset-sent]");
        String link = MailServer.link(MailServer.awaitMail(tenant.adminEmail(), "reset-password"));
        assertThat(link).contains("/#/reset-password?token=");

        String newPassword = "New-Passw0rd-" + unique("p");
        browser.open(onThisServer(link));
        browser.fill("input[name=password]", newPassword).fill("input[name=confirm]", newPassword);
        browser.screenshot("10-reset-password");
        browser.clickText("button", "设置密码");
        browser.await("[data-testid=reset-done]");
        browser.clickText("a", "去登录").awaitRoute("/login");
        signIn(tenant.adminEmail(), newPassword);
        browser.awaitText("[data-testid=welcome]", "管理员");
    }

    @Test
    void thePlatformOperatorChangesThePlanAndSuspendsATenant() {
        Api.TestTenant tenant = Api.signup();
        signIn(System.getProperty("tradewind.operatorEmail"), System.getProperty("tradewind.operatorPassword"),
                "/app/platform/tenants");
        // The operator's profile says English, and no language was chosen in this browser.
        browser.fill("input[aria-label='Code or name']", tenant.code()).clickText("button", "Search");
        String row = "[data-testid=tenants-table] .el-table__body tr";
        browser.awaitText(row, tenant.code());
        waitForRows(row, 1);

        browser.clickText(row + " button", "Change plan").clickText(".el-dialog .el-radio", "Team (25 seats)")
                .clickText(".el-dialog button", "Save");
        browser.awaitText(row, "Team");
        browser.clickText(row + " button", "Suspend").fill(".el-dialog textarea", "Unpaid invoice")
                .clickText(".el-dialog button", "Suspend");
        browser.awaitText(row, "Suspended");
        browser.screenshot("18-platform-tenants");
        tenant.admin().get("/tenant").then().statusCode(403)
                .body("type", equalTo("https://tradewind.io/problems/tenant-suspended"));

        browser.clickText(row + " button", "Resume");
        browser.awaitText(row, "Active");
        tenant.admin().get("/tenant").then().statusCode(200).body("plan.code", equalTo("team"))
                .body("seats.limit", equalTo(25));
    }

    @Test
    void everyScreenWorksAndFitsAPhone() {
        Api.TestTenant tenant = Api.signup();
        String sales = tenant.admin().body(Map.of("name", "销售部")).post("/departments").then().statusCode(201)
                .extract().path("id");
        tenant.admin().body(Map.of("name", "华南区", "parentId", sales)).post("/departments").then().statusCode(201);
        tenant.member("sales-manager", sales);
        tenant.admin().body(Map.of("code", "regional-director", "name", "区域总监", "permissions", List.of("users.read"),
                "dataScope", "department_tree")).post("/roles").then().statusCode(201);
        signIn(tenant.adminEmail(), PASSWORD);

        browser.click("a[href='#/app/admin/roles']").awaitRoute("/app/admin/roles");
        browser.awaitText("[data-testid=roles-table]", "区域总监");
        assertThat(browser.text("[data-testid=roles-table]")).contains("销售代表").contains("本部门及下级");
        browser.clickText("[data-testid=roles-table] button", "编辑");
        browser.awaitText("[data-testid=role-form]", "查看用户");
        browser.screenshot("11-roles");
        browser.click(".el-dialog__headerbtn");

        browser.click("a[href='#/app/admin/tenant']").awaitRoute("/app/admin/tenant");
        assertThat(browser.awaitText("[data-testid=tenant-seats]", "2")).isEqualTo("已用 2 / 共 5 个席位");
        assertThat(browser.text("[data-testid=tenant-plan]")).isEqualTo("试用版");
        browser.await("[data-testid=seats-gauge] canvas");
        browser.screenshot("14-plan-and-seats");

        browser.click("a[href='#/app/admin/audit']").awaitRoute("/app/admin/audit");
        browser.awaitText("[data-testid=audit-table]", "user.signed-in");
        browser.fill("input[aria-label='操作']", "role.created").clickText("button", "搜索");
        waitForRows("[data-testid=audit-table] .el-table__body tr.el-table__row", 1);
        browser.click("[data-testid=audit-table] .el-table__expand-icon");
        browser.awaitText("[data-testid=audit-table]", "regional-director");
        browser.screenshot("15-audit-log");

        browser.click("a[href='#/app/profile']").awaitRoute("/app/profile");
        browser.fill("[data-testid=profile-form] input[name=name]", "管理员甲").clickText("[data-testid=profile-form] button", "保存");
        browser.awaitText("[data-testid=user-name]", "管理员甲");
        tenant.admin().get("/me").then().body("user.name", equalTo("管理员甲"));
        browser.screenshot("16-profile");

        browser.click("a[href='#/app/admin/plugins']").awaitRoute("/app/admin/plugins");
        browser.await("[data-testid=plugin-catalog] .plugin-card[data-plugin=channel-management]");
        browser.screenshot("17-plugins");

        browser.click("a[href='#/app/admin/departments']").awaitRoute("/app/admin/departments");
        browser.await("[data-department=华南区]");

        browser.size(390, 844);
        browser.awaitGone(".el-message");
        try {
            browser.click(".menu-toggle").click(".nav-drawer a[href='#/app/my-day']").awaitRoute("/app/my-day");
            browser.awaitGone(".nav-drawer");
            browser.awaitText("[data-testid=welcome]", "管理员甲");
            assertThat(browser.driver.findElement(By.cssSelector(".sidebar")).isDisplayed()).isFalse();
            browser.screenshot("19-phone-my-day");
            browser.click(".menu-toggle");
            browser.await(".nav-drawer a[href='#/app/admin/users']");
            browser.awaitTrue("return document.querySelector('.nav-drawer').getBoundingClientRect().left === 0");
            browser.screenshot("20-phone-menu");
            browser.click(".nav-drawer a[href='#/app/admin/users']").awaitRoute("/app/admin/users");
            browser.awaitGone(".nav-drawer");
            browser.awaitText("[data-testid=users-table]", "管理员甲");
            Object overflowing = browser.script("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')]
                      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.el-table'))
                      .map((e) => e.tagName + '.' + e.className);
                    """);
            assertThat((List<?>) overflowing).as("elements that make a phone scroll sideways").isEmpty();
            browser.screenshot("21-phone-users");
        } finally {
            browser.size(1280, 900);
        }
    }

    /**
     * How long the console takes to become usable on a first visit: with the browser's cache
     * emptied, from navigation start until the sign-in form can be used (a performance mark the
     * page sets), with the Navigation Timing figures beside it. Median of five loads; written to
     * target/console-first-load.txt. A measurement, not an assertion.
     */
    @Test
    void firstLoadTime() throws IOException {
        browser.forget();
        List<Map<String, Object>> loads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open("/#/login");
            browser.await("[data-testid=login-form] input[name=email]");
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const poll = () => {
                      const ready = performance.getEntriesByName('tradewind:login-ready')[0];
                      if (!ready) return setTimeout(poll, 10);
                      const nav = performance.getEntriesByType('navigation')[0];
                      const bytes = performance.getEntriesByType('resource').concat([nav])
                        .reduce((sum, entry) => sum + (entry.transferSize || 0), 0);
                      done({ ready: ready.startTime, domContentLoaded: nav.domContentLoadedEventEnd,
                             load: nav.loadEventEnd, bytes });
                    };
                    poll();
                    """);
            loads.add(timing);
        }
        loads.sort((a, b) -> Double.compare(number(a, "ready"), number(b, "ready")));
        Map<String, Object> median = loads.get(loads.size() / 2);
        String report = String.format(Locale.ROOT,
                "Console first load (cold cache, headless Chromium, same machine as the server), median of %d:%n"
                        + "  sign-in form usable: %.0f ms after navigation start%n"
                        + "  DOMContentLoaded: %.0f ms, load: %.0f ms, transferred: %.0f KiB%n"
                        + "  all loads (ready ms): %s%n",
                loads.size(), number(median, "ready"), number(median, "domContentLoaded"), number(median, "load"),
                number(median, "bytes") / 1024, loads.stream().map(l -> String.format("%.0f", number(l, "ready"))).toList());
        System.out.print(report);
        Files.writeString(Browser.SCREENSHOTS.getParent().resolve("console-first-load.txt"), report);
        browser.screenshot("00-login");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static void signIn(String email, String password) {
        signIn(email, password, "/app/my-day");
    }

    private static void signIn(String email, String password, String landing) {
        browser.signIn(email, password, landing);
    }

    private static String wrongPasswordDetail(String language) {
        return anonymous().header("Accept-Language", language)
                .body(Map.of("email", unique("nobody") + "@nowhere.test", "password", "Wrong-Passw0rd"))
                .post("/auth/token").then().statusCode(401).extract().path("detail");
    }

    private static void failSignIn(String email) {
        browser.fill("[data-testid=login-form] input[name=email]", email)
                .fill("[data-testid=login-form] input[name=password]", "Wrong-Passw0rd")
                .click("[data-testid=login-submit]");
    }

    private static void waitForRows(String css, int count) {
        browser.awaitTrue("return document.querySelectorAll(\"" + css + "\").length === " + count);
    }

    /** A mailed link points at TRADEWIND_PUBLIC_URL; the test server listens elsewhere. */
    private static String onThisServer(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
