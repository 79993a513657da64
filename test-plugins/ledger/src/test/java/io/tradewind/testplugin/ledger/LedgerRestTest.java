package io.tradewind.testplugin.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestResponse;
import io.tradewind.testkit.PluginTestkit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger against the testkit, as a vendor would test a plugin before uploading it. */
class LedgerRestTest {

    private final PluginTestkit kit = new PluginTestkit("ledger-test");
    private final LedgerRest rest = new LedgerRest();

    @Test
    void entriesStayWithTheirTenant() {
        PluginContext a = kit.tenant(1).context();
        PluginContext b = kit.tenant(2).context();
        assertThat(rest.handle(a, PluginTestkit.request("POST", "/entries", Map.of("label", "a-one"), "")).status()).isEqualTo(201);
        assertThat(rest.handle(a, PluginTestkit.get("/entries")).body()).contains("\"label\":\"a-one\"");
        assertThat(rest.handle(b, PluginTestkit.get("/entries")).body()).isEqualTo("[]");
    }

    @Test
    void reachingForAnotherTenantIsRefused() {
        PluginContext b = kit.tenant(2).context();
        RestResponse steal = rest.handle(b, PluginTestkit.get("/steal/tenant-column", Map.of("tenant", "1")));
        assertThat(steal.status()).isEqualTo(403);
        assertThat(rest.handle(b, PluginTestkit.get("/steal/core-table")).status()).isEqualTo(403);
    }
}
