package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The marketplace screens in a real browser (issue 8 §4): a vendor uploads two signed versions in
 * the vendor portal, the operator rejects one with a reason and approves the other in the review
 * queue, and the vendor sees both outcomes. Screenshots: target/screenshots/marketplace-NN-*.png.
 */
class MarketplaceConsoleIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("en");
    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        MarketplaceIT.helloPackage();
        browser = SESSION.browser();
    }

    private static void signIn(String email, String password, String landing) {
        browser.signIn(email, password, landing);
    }

    private static void upload(Path jar, String signature, String id, String version) {
        browser.await("[data-testid=upload-file]").sendKeys(jar.toAbsolutePath().toString());
        browser.fill("textarea[data-testid=upload-signature], [data-testid=upload-signature] textarea", signature)
                .click("[data-testid=upload-submit]");
        browser.awaitText("[data-testid='status-" + id + "-" + version + "']", "Pending review");
    }

    @Test
    void aVendorUploadsAndTheOperatorReviews() throws Exception {
        MarketplaceIT.TestVendor vendor = MarketplaceIT.vendor();
        String id = MarketplaceIT.pluginId();
        Path dir = Files.createDirectories(Browser.SCREENSHOTS.resolveSibling("marketplace-uploads"));
        byte[] v1 = MarketplaceIT.repackaged(id, "1.0.0", null, 0);
        byte[] v2 = MarketplaceIT.repackaged(id, "1.1.0", null, 0);
        Path jar1 = Files.write(dir.resolve(id + "-1.0.0.jar"), v1);
        Path jar2 = Files.write(dir.resolve(id + "-1.1.0.jar"), v2);

        // The vendor lands on its portal, uploads, and sees both versions pending.
        signIn(vendor.email(), PASSWORD, "/app/marketplace/vendor");
        browser.await("[data-testid=vendor-keys]");
        upload(jar1, MarketplaceIT.sign(vendor.keys(), v1), id, "1.0.0");
        upload(jar2, MarketplaceIT.sign(vendor.keys(), v2), id, "1.1.0");
        browser.screenshot("marketplace-01-vendor-portal");

        // A wrong signature is refused with the problem's detail next to the field.
        browser.await("[data-testid=upload-file]").sendKeys(jar1.toAbsolutePath().toString());
        browser.fill("textarea[data-testid=upload-signature], [data-testid=upload-signature] textarea",
                MarketplaceIT.sign(vendor.keys(), v2)).click("[data-testid=upload-submit]");
        browser.awaitText(".el-form-item__error", "does not verify");
        browser.screenshot("marketplace-02-vendor-refused");

        // The operator's queue: reject 1.1.0 with a reason, approve 1.0.0.
        signIn(System.getProperty("tradewind.operatorEmail"), System.getProperty("tradewind.operatorPassword"),
                "/app/platform/tenants");
        browser.open("/#/app/platform/marketplace");
        browser.await("[data-testid='approve-" + id + "-1.0.0']");
        browser.screenshot("marketplace-03-review-queue");
        browser.click("[data-testid='reject-" + id + "-1.1.0']");
        browser.fill("textarea[data-testid=reject-reason], [data-testid=reject-reason] textarea", "Missing documentation")
                .click("[data-testid=reject-confirm]");
        browser.awaitGone("[data-testid='reject-" + id + "-1.1.0']");
        browser.click("[data-testid='approve-" + id + "-1.0.0']");
        browser.awaitGone("[data-testid='approve-" + id + "-1.0.0']");
        browser.screenshot("marketplace-04-review-done");

        // The vendor sees the outcome and the reason.
        signIn(vendor.email(), PASSWORD, "/app/marketplace/vendor");
        browser.awaitText("[data-testid='status-" + id + "-1.0.0']", "Approved");
        browser.awaitText("[data-testid='status-" + id + "-1.1.0']", "Rejected");
        assertThat(browser.text("[data-testid=vendor-versions]")).contains("Missing documentation");
        browser.screenshot("marketplace-05-vendor-reviewed");
    }
}
