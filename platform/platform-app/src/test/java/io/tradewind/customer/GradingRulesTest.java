package io.tradewind.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradingRulesTest {

    @Test
    void aRuleMatchesWhenEveryGivenConditionHolds() {
        GradingRules.Rule rule = new GradingRules.Rule("A", "江苏大客户", 100, 3, null, List.of("32"), null, List.of("经销商"));
        Customer customer = new Customer("华康");
        customer.setCompanySize(120);
        customer.setYearsInBusiness(5);
        customer.setRegionCode("320102");
        customer.setTags(Set.of("经销商"));
        assertThat(rule.matches(customer)).isTrue();
        customer.setRegionCode("310101");
        assertThat(rule.matches(customer)).isFalse();
        customer.setRegionCode("32");
        customer.setCompanySize(null);
        assertThat(rule.matches(customer)).as("a missing fact does not satisfy a minimum").isFalse();
    }

    @Test
    void theDefaultsGradeBySizeYearsAndTeam() {
        GradingRules rules = GradingRules.defaults();
        Customer small = new Customer("小店");
        assertThat(rules.rules().stream().filter(r -> r.matches(small)).findFirst()).isEmpty();
        Customer big = new Customer("大公司");
        big.setCompanySize(500);
        big.setYearsInBusiness(10);
        big.setTeamSize(50);
        assertThat(rules.rules().stream().filter(r -> r.matches(big)).findFirst().orElseThrow().grade()).isEqualTo("A");
    }
}
