package io.tradewind.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void parsesAndOrders() {
        assertThat(ApiVersion.parse("1.2")).isEqualTo(new ApiVersion(1, 2, 0));
        assertThat(ApiVersion.parse("1.10.0")).isGreaterThan(ApiVersion.parse("1.9.9"));
        assertThat(ApiVersion.parse("2.0.1").toString()).isEqualTo("2.0.1");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> ApiVersion.parse("one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiVersion.parse("1.2.3.4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiVersion(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
