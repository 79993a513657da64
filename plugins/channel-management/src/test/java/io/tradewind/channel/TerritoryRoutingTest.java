package io.tradewind.channel;

import static io.tradewind.channel.Fixtures.partner;
import static io.tradewind.channel.OnboardingStatus.ACTIVE;
import static io.tradewind.channel.OnboardingStatus.AGREEMENT;
import static io.tradewind.channel.OnboardingStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryRoutingTest {

    @Test
    void routesToTheActivePartnerCoveringRegionAndProductLine() {
        List<Partner> partners = List.of(partner(1, "gold", ACTIVE, List.of("Zhejiang"), List.of("imaging"), false),
                partner(2, "gold", ACTIVE, List.of("Jiangsu"), List.of("imaging", "ultrasound"), false));
        TerritoryRouting.Decision decision = TerritoryRouting.route(partners, RoutingRules.NONE, "jiangsu", "Ultrasound")
                .orElseThrow();
        assertThat(decision.target()).isEqualTo(TerritoryRouting.Target.PARTNER);
        assertThat(decision.partner().id()).isEqualTo(2);
        assertThat(decision.ownerUserId()).isEqualTo(102L);
    }

    @Test
    void partnersNotActiveOrWithoutTheProductLineGetNothing() {
        List<Partner> partners = List.of(partner(1, "gold", AGREEMENT, List.of("Zhejiang"), List.of("imaging"), false),
                partner(2, "gold", SUSPENDED, List.of("Zhejiang"), List.of("imaging"), false),
                partner(3, "gold", ACTIVE, List.of("Zhejiang"), List.of("ultrasound"), false));
        assertThat(TerritoryRouting.route(partners, RoutingRules.NONE, "Zhejiang", "imaging")).isEmpty();
        assertThat(TerritoryRouting.route(partners, RoutingRules.NONE, "Zhejiang", null).orElseThrow().partner().id())
                .isEqualTo(3);
        assertThat(TerritoryRouting.route(partners, RoutingRules.NONE, null, "ultrasound")).isEmpty();
    }

    @Test
    void exclusiveBeatsTierAndTierBeatsSeniority() {
        List<Partner> partners = List.of(partner(1, "silver", ACTIVE, List.of("Zhejiang"), List.of("imaging"), false),
                partner(2, "gold", ACTIVE, List.of("Zhejiang"), List.of("imaging"), false),
                partner(3, "bronze", ACTIVE, List.of("Zhejiang"), List.of("imaging"), true));
        assertThat(TerritoryRouting.route(partners, RoutingRules.NONE, "Zhejiang", "imaging").orElseThrow().partner().id())
                .isEqualTo(3);
        assertThat(TerritoryRouting.route(partners.subList(0, 2), RoutingRules.NONE, "Zhejiang", "imaging")
                .orElseThrow().partner().id()).isEqualTo(2);
    }

    @Test
    void directRulesWinOverPartners() {
        List<Partner> partners = List.of(partner(1, "gold", ACTIVE, List.of("Shanghai", "Zhejiang"), List.of("imaging", "lab"), true));
        RoutingRules rules = new RoutingRules(List.of("Shanghai"), List.of("lab"), null, 77L);
        TerritoryRouting.Decision region = TerritoryRouting.route(partners, rules, "Shanghai", "imaging").orElseThrow();
        assertThat(region.target()).isEqualTo(TerritoryRouting.Target.DIRECT);
        assertThat(region.departmentId()).isEqualTo(77L);
        assertThat(TerritoryRouting.route(partners, rules, "Zhejiang", "lab").orElseThrow().target())
                .isEqualTo(TerritoryRouting.Target.DIRECT);
        assertThat(TerritoryRouting.route(partners, rules, "Zhejiang", "imaging").orElseThrow().target())
                .isEqualTo(TerritoryRouting.Target.PARTNER);
    }

    @Test
    void directRuleWithoutARecipientLeavesTheLeadToTheCore() {
        List<Partner> partners = List.of(partner(1, "gold", ACTIVE, List.of("Shanghai"), List.of("imaging"), false));
        RoutingRules rules = new RoutingRules(List.of("Shanghai"), List.of(), null, null);
        assertThat(TerritoryRouting.route(partners, rules, "Shanghai", "imaging")).isEmpty();
    }

    @Test
    void aProvinceOrPrefectureTerritoryHoldsTheDivisionsUnderIt() {
        assertThat(Partner.contains("330000", "330106")).isTrue();
        assertThat(Partner.contains("330100", "330106001")).isTrue();
        assertThat(Partner.contains("330100", "330206")).isFalse();
        assertThat(Partner.contains("320000", "330106")).isFalse();
        assertThat(Partner.contains("CN-33", "CN-3301")).isFalse();
    }
}
