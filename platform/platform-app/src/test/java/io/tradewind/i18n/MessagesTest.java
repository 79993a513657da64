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
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyProblemPermissionRoleAndPlanHasAName() throws IOException {
        Properties english = bundle("messages.properties");
        for (ProblemType type : ProblemType.values()) {
            assertThat(english).containsKey("problem." + type.slug() + ".title");
        }
        for (Permission permission : Permission.values()) {
            if (!permission.isPlatform()) {
                assertThat(english).containsKey("permission." + permission.code());
            }
        }
        for (BuiltinRole role : BuiltinRole.values()) {
            assertThat(english).containsKey("role." + role.code());
        }
        for (String plan : new String[] {"trial", "team", "business", "enterprise"}) {
            assertThat(english).containsKey("plan." + plan);
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
