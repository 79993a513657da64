package io.tradewind.it;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for a browser-test class, registered with {@code @RegisterExtension}: it runs against
 * the H2 server only (the console does not care which database is behind the API), waits for the
 * application, keeps what the browser showed when a test fails (target/screenshots/failed-<test>.png
 * and .html) and fails a test that left errors in the browser's console.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback,
        AfterEachCallback {

    private final String acceptLanguages;
    private Browser browser;

    /** {@code acceptLanguages}: the browser's preferred languages, e.g. "zh-CN,zh". */
    BrowserSession(String acceptLanguages) {
        this.acceptLanguages = acceptLanguages;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeFalse(Api.onMariaDb(), "the browser tests run against the H2 server only"); // Api waits for readiness
        browser = Browser.start(acceptLanguages);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (browser != null && context.getExecutionException().isPresent()) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            browser.screenshot(name);
            Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), browser.driver.getPageSource());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.assertNoConsoleErrors();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
