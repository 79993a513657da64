package io.tradewind.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.api.settings.PluginSettings;
import io.tradewind.api.web.Caller;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The REST contribution and the router end to end over the SPI (in-memory custom objects). */
class ChannelRestTest {

    private final InMemoryContext context = new InMemoryContext();
    private final ChannelRest rest = new ChannelRest();
    private final Caller manager = new Caller(7, java.util.Set.of("channel.read", "channel.manage"));
    private final Caller reader = new Caller(8, java.util.Set.of("channel.read"));

    private RestResponse call(Caller caller, String method, String path, String body) {
        return rest.handle(context, new RestRequest(method, path, Map.of(), body, caller));
    }

    private Map<String, Object> ok(String method, String path, String body) {
        RestResponse response = call(manager, method, path, body);
        assertThat(response.status()).as(response.body()).isLessThan(300);
        return Json.object(response.body().startsWith("[") ? "{\"items\":" + response.body() + "}" : response.body());
    }

    private String activePartner(String name, String regions, String lines, String extra) {
        RestResponse created = call(manager, "POST", "/partners", "{\"name\":\"" + name + "\",\"type\":\"distributor\","
                + "\"regions\":" + regions + ",\"productLines\":" + lines + ",\"ownerUserId\":\"501\"" + extra + "}");
        assertThat(created.status()).isEqualTo(201);
        String id = Values.text(Json.object(created.body()), "id");
        for (String status : List.of("evaluation", "agreement", "active")) {
            ok("POST", "/partners/" + id + "/status", "{\"status\":\"" + status + "\"}");
        }
        return id;
    }

    @Test
    void onboardScoreRouteAndFlagAConflict() {
        ok("POST", "/channel-types", "{\"code\":\"dist\",\"name\":\"Distribution\",\"kind\":\"distribution\","
                + "\"terms\":{\"paymentDays\":60}}");
        ok("PUT", "/criteria", "{\"criteria\":[{\"code\":\"reputation\",\"name\":\"Reputation\",\"weight\":60},"
                + "{\"code\":\"strength\",\"name\":\"Strength\",\"weight\":40}]}");
        String id = activePartner("East Med", "[\"Zhejiang\"]", "[\"imaging\"]",
                ",\"agreement\":{\"maxDiscountPercent\":10,\"rebatePercent\":2,\"salesTarget\":100000}");
        ok("PUT", "/partners/" + id + "/ratings", "{\"reputation\":5,\"strength\":2}");
        Map<String, Object> score = ok("GET", "/partners/" + id + "/score", "");
        assertThat(score.get("score")).hasToString("76");
        assertThat(Values.text(score, "explanation")).contains("Reputation: 5/5 × weight 60 = 60.00 points");

        LeadRoute route = new ChannelRouter().route(context, new LeadFacts(1, "web", "Acme", "Li", "Zhejiang", null,
                Map.of("productLine", "imaging"))).orElseThrow();
        assertThat(route.ownerUserId()).isEqualTo(501L);
        assertThat(new ChannelRouter().route(context, new LeadFacts(2, "web", "Acme", "Li", "Anhui", null, Map.of())))
                .isEmpty();

        Map<String, Object> clean = ok("POST", "/registrations", "{\"partnerId\":\"" + id + "\",\"customer\":\"Acme\","
                + "\"region\":\"Zhejiang\",\"productLine\":\"imaging\",\"price\":95,\"listPrice\":100}");
        assertThat(clean.get("status")).isEqualTo("approved");
        String other = activePartner("West Med", "[\"Zhejiang\"]", "[\"imaging\"]", "");
        Map<String, Object> clash = ok("POST", "/registrations", "{\"partnerId\":\"" + other + "\",\"customer\":\"ACME\","
                + "\"region\":\"Zhejiang\",\"productLine\":\"imaging\",\"price\":80,\"listPrice\":100}");
        assertThat(clash.get("status")).isEqualTo("registered");
        assertThat(Values.objects(clash.get("conflicts"))).extracting(c -> c.get("kind"))
                .contains("product", "price");

        List<Map<String, Object>> open = Values.objects(ok("GET", "/conflicts", "").get("items"));
        assertThat(open).isNotEmpty();
        Map<String, Object> resolved = ok("POST", "/conflicts/" + open.get(0).get("id") + "/resolve",
                "{\"decision\":\"reject\",\"note\":\"first come\"}");
        assertThat(resolved.get("status")).isEqualTo("resolved");
        assertThat(Values.object(resolved.get("registration")).get("status")).isEqualTo("rejected");

        ok("POST", "/registrations/" + clean.get("id") + "/won", "{\"amount\":20000}");
        Map<String, Object> performance = ok("GET", "/partners/" + id + "/performance", "");
        assertThat(performance.get("incentivesEarned")).hasToString("400.00");
        assertThat(context.events()).isNotNull();
        assertThat(context.events).anyMatch(e -> e.startsWith("channel.incentive.earned"));
        assertThat(context.events).anyMatch(e -> e.startsWith("channel.conflict.detected"));
    }

    @Test
    void firstRegisteredRuleRejectsTheLaterDuplicate() {
        context.settings = new PluginSettings("{}", Map.of("conflictRule", "first-registered"));
        String a = activePartner("A", "[\"Zhejiang\"]", "[\"imaging\"]", "");
        String b = activePartner("B", "[\"Zhejiang\"]", "[\"imaging\"]", "");
        ok("POST", "/registrations", "{\"partnerId\":\"" + a + "\",\"customer\":\"Acme\",\"region\":\"Zhejiang\",\"productLine\":\"imaging\"}");
        Map<String, Object> later = ok("POST", "/registrations", "{\"partnerId\":\"" + b + "\",\"customer\":\"Acme\",\"region\":\"Zhejiang\",\"productLine\":\"imaging\"}");
        assertThat(later.get("status")).isEqualTo("rejected");
        assertThat(Values.objects(later.get("conflicts"))).allMatch(c -> "rule:first-registered".equals(c.get("resolution")));
    }

    @Test
    void refusalsAreProblemsInTheCallersLanguage() {
        assertThat(call(reader, "POST", "/partners", "{\"name\":\"x\",\"type\":\"agent\"}").code()).isEqualTo("forbidden");
        RestResponse invalid = call(manager, "POST", "/partners", "{\"type\":\"agent\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("name is required");
        RestResponse created = call(manager, "POST", "/partners", "{\"name\":\"x\",\"type\":\"agent\"}");
        String id = Values.text(Json.object(created.body()), "id");
        context.locale = Locale.SIMPLIFIED_CHINESE;
        RestResponse skip = call(manager, "POST", "/partners/" + id + "/status", "{\"status\":\"active\"}");
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.body()).isEqualTo("合作伙伴不能从 candidate 转为 active。");
        assertThat(call(manager, "GET", "/partners/999999", "").status()).isEqualTo(404);
        assertThat(call(manager, "GET", "/nowhere", "").status()).isEqualTo(404);
    }

    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        for (String bundle : List.of("messages", "ui")) {
            Properties en = load("/i18n/" + bundle + ".properties");
            Properties zh = load("/i18n/" + bundle + "_zh_CN.properties");
            assertThat(zh.keySet()).as(bundle).isEqualTo(en.keySet());
        }
    }

    private static Properties load(String path) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ChannelRestTest.class.getResourceAsStream(path)) {
            properties.load(in);
        }
        return properties;
    }
}
