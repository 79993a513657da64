package io.tradewind.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.access.BuiltinRole;
import io.tradewind.access.Permission;
import io.tradewind.web.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysInEveryBundle() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            String name = bundle.substring("i18n.".length());
            assertThat(bundle(name + "_zh_CN.properties").stringPropertyNames()).as(name)
                    .containsExactlyInAnyOrderElementsOf(bundle(name + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : bundle(bundle.substring("i18n.".length()) + ".properties").stringPropertyNames()) {
                assertThat(owner.put(key, bundle)).as("key %s defined again in %s", key, bundle).isNull();
            }
        }
    }

    @Test
    void everyProblemPermissionRoleAndPlanHasAName() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(Messages.has("problem." + type.slug() + ".title")).as(type.slug()).isTrue();
        }
        for (Permission permission : Permission.values()) {
            if (!permission.isPlatform()) {
                assertThat(Messages.has("permission." + permission.code())).as(permission.code()).isTrue();
            }
        }
        for (BuiltinRole role : BuiltinRole.values()) {
            assertThat(Messages.has("role." + role.code())).as(role.code()).isTrue();
        }
        for (String plan : new String[] {"trial", "team", "business", "enterprise"}) {
            assertThat(Messages.has("plan." + plan)).as(plan).isTrue();
        }
    }

    @Test
    void chineseBrowsersReadChinese() {
        assertThat(Messages.get(Locale.forLanguageTag("zh-TW"), "problem.forbidden.title")).isEqualTo("无权操作");
        assertThat(Messages.get(Locale.ENGLISH, "problem.forbidden.title")).isEqualTo("Not allowed");
        assertThat(Messages.get(Locale.FRENCH, "problem.forbidden.title")).isEqualTo("Not allowed");
        assertThat(Messages.get(Locale.ENGLISH, "problem.seat-limit-reached.detail", 5, "Trial")).contains("5", "Trial");
    }
}
