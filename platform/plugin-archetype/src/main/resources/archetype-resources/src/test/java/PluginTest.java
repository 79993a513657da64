package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.web.RestResponse;
import io.tradewind.api.web.UiModule;
import io.tradewind.testkit.PluginTestkit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin in the testkit's in-process host, with tenants of its own: no server or database needed. */
class PluginTest {

    private final PluginTestkit kit = new PluginTestkit("${pluginId}");

    @Test
    void theRestContributionAnswersWithTheTenantsSettings() {
        PluginContext tenantA = kit.tenant(1).settings(Map.of("greeting", "Hi from A")).context();
        PluginContext tenantB = kit.tenant(2).settings(Map.of("greeting", "你好")).locale(Locale.SIMPLIFIED_CHINESE).context();

        RestResponse a = new GreetingRest().handle(tenantA, PluginTestkit.get("/greeting"));
        RestResponse b = new GreetingRest().handle(tenantB, PluginTestkit.get("/greeting"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("\"greeting\":\"Hi from A\"", "\"tenantId\":\"1\"",
                "The greeting of this company: Hi from A");
        assertThat(b.body()).contains("\"greeting\":\"你好\"", "\"tenantId\":\"2\"", "本公司的问候语：你好");
    }

    @Test
    void unknownRoutesAreProblems() {
        RestResponse missing = new GreetingRest().handle(kit.tenant(1).context(), PluginTestkit.get("/nothing"));
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("no-such-route");
    }

    @Test
    void theScorerGivesTheTenantsBonusToLeadsWithACompany() {
        PluginContext tenant = kit.tenant(1).settings(Map.of("greeting", "Hi", "bonus", 20)).context();
        LeadFacts withCompany = new LeadFacts(1, "web", "Acme", "Li Lei", "east", "retail", Map.of());
        LeadFacts withoutCompany = new LeadFacts(2, "web", "", "Han Meimei", "east", "retail", Map.of());

        assertThat(new GreetingScorer().score(tenant, withCompany)).get()
                .satisfies(score -> assertThat(score.score()).isEqualTo(70))
                .satisfies(score -> assertThat(score.reason()).isEqualTo("Company named: +20"));
        assertThat(new GreetingScorer().score(tenant, withoutCompany)).get()
                .satisfies(score -> assertThat(score.score()).isEqualTo(50));
    }

    @Test
    void theUiModuleAndItsTranslationsAreInThePackage() {
        UiModule page = new GreetingUi().modules().get(0);
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource(page.resource())).isNotNull();
        assertThat(loader.getResource("i18n/ui.properties")).isNotNull();
        assertThat(loader.getResource("i18n/ui_zh_CN.properties")).isNotNull();
        assertThat(page.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("问候");
    }
}
