package io.tradewind.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.RecordView;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginTestkitTest {

    private final PluginTestkit kit = new PluginTestkit("ledger-test");

    @Test
    void tenantsShareNothing() {
        PluginContext a = kit.tenant(1).settings(Map.of("greeting", "Hi", "ticks", true)).context();
        PluginContext b = kit.tenant(2).context();
        a.tables().insert("p_ledger_test_entry", Map.of("id", 1L, "label", "a"));
        b.tables().insert("p_ledger_test_entry", Map.of("id", 1L, "label", "b"));
        assertThat(a.tables().select("p_ledger_test_entry", Map.of(), "id", 10)).extracting(r -> r.get("label")).containsExactly("a");
        long id = a.customObjects().create("tick", Map.of("n", 1)).id();
        assertThat(b.customObjects().find("tick", id)).isEmpty();
        kit.record(1, new RecordView("lead", 7, Map.of("name", "Acme")));
        assertThat(a.records().find("lead", 7)).isPresent();
        assertThat(b.records().find("lead", 7)).isEmpty();
        assertThat(a.settings().flag("ticks")).contains(true);
        assertThat(a.settings().json()).startsWith("{").contains("\"greeting\":\"Hi\"", "\"ticks\":true");
    }

    @Test
    void theHostsTableRulesHold() {
        PluginContext a = kit.tenant(1).context();
        assertThatThrownBy(() -> a.tables().select("lead", Map.of(), null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.tables().select("p_ledger_test_entry", Map.of("tenant_id", 2L), null, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.tables().select("p_ledger_test_entry", Map.of("1=1 or id", 2L), null, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jobsRunWhenTheTestSays() {
        PluginContext a = kit.tenant(1).context();
        var job = a.scheduler().scheduleEvery("tick", Duration.ofMinutes(5), run -> run.customObjects().create("tick", Map.of()));
        kit.runJobs();
        kit.runJobs();
        assertThat(a.customObjects().list("tick", 0, 10)).hasSize(2);
        job.cancel();
        kit.runJobs();
        assertThat(a.customObjects().list("tick", 0, 10)).hasSize(2);
        assertThat(kit.jobCount()).isZero();
    }
}
