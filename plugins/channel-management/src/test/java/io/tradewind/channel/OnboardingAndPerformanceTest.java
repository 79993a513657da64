package io.tradewind.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnboardingAndPerformanceTest {

    @Test
    void thePipelineOnlyMovesAlongItsEdges() {
        assertThat(OnboardingStatus.CANDIDATE.canMoveTo(OnboardingStatus.EVALUATION)).isTrue();
        assertThat(OnboardingStatus.CANDIDATE.canMoveTo(OnboardingStatus.ACTIVE)).isFalse();
        assertThat(OnboardingStatus.AGREEMENT.canMoveTo(OnboardingStatus.ACTIVE)).isTrue();
        assertThat(OnboardingStatus.ACTIVE.canMoveTo(OnboardingStatus.SUSPENDED)).isTrue();
        assertThat(OnboardingStatus.SUSPENDED.canMoveTo(OnboardingStatus.ACTIVE)).isTrue();
        assertThat(OnboardingStatus.TERMINATED.next()).isEmpty();
    }

    @Test
    void salesAgainstTargetAndRebates() {
        Partner partner = Fixtures.partner(1, "gold", OnboardingStatus.ACTIVE, List.of("Zhejiang"), List.of("imaging"), false);
        Registration won = new Registration(10, 1L, "Acme", "Zhejiang", "imaging", null, null, new BigDecimal("25000"),
                Registration.Status.WON, "x");
        Registration open = Fixtures.deal(11, 1L, "Beta", "Zhejiang", "imaging", "99");
        Registration otherPartner = new Registration(12, 2L, "Gamma", "Zhejiang", "imaging", null, null,
                new BigDecimal("90000"), Registration.Status.WON, "x");
        Performance.Summary summary = Performance.of(partner, List.of(won, open, otherPartner));
        assertThat(summary.sales()).isEqualByComparingTo("25000");
        assertThat(summary.attainmentPercent()).isEqualByComparingTo("25.0");
        assertThat(summary.wonDeals()).isEqualTo(1);
        assertThat(summary.incentivesEarned()).isEqualByComparingTo("750.00");
    }
}
