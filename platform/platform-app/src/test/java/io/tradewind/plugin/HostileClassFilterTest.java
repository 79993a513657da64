package io.tradewind.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostileClassFilterTest {

    @Test
    void hidesTheHostButNotTheSpiOrTheJdk() {
        assertThat(HostileClassFilter.hidden("io.tradewind.persistence.Db")).isTrue();
        assertThat(HostileClassFilter.hidden("org.flywaydb.core.Flyway")).isTrue();
        assertThat(HostileClassFilter.hidden("io.tradewind.api.PluginContext")).isFalse();
        assertThat(HostileClassFilter.hidden("java.util.List")).isFalse();
        assertThat(HostileClassFilter.hidden("org.pf4j.Extension")).isFalse();
        assertThat(HostileClassFilter.hiddenResource("io/tradewind/plugin/PluginHost.class")).isTrue();
        assertThat(HostileClassFilter.hiddenResource("i18n/messages.properties")).isFalse();
    }
}
