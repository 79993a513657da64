package io.tradewind.channel;

import static io.tradewind.channel.Fixtures.deal;
import static io.tradewind.channel.Fixtures.partner;
import static io.tradewind.channel.OnboardingStatus.ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.channel.ConflictRules.Finding;
import io.tradewind.channel.ConflictRules.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("5");
    private final Map<Long, Partner> partners = Map.of(
            1L, partner(1, "gold", ACTIVE, List.of("Zhejiang"), List.of("imaging"), false),
            2L, partner(2, "silver", ACTIVE, List.of("Zhejiang", "Jiangsu"), List.of("imaging"), false));

    @Test
    void aCleanRegistrationHasNoConflict() {
        assertThat(ConflictRules.detect(deal(10, 1L, "Acme", "Zhejiang", "imaging", "95"), partners, List.of(), TOLERANCE))
                .isEmpty();
    }

    @Test
    void outsideTerritoryAndUncarriedProductLine() {
        List<Finding> findings = ConflictRules.detect(deal(10, 1L, "Acme", "Anhui", "lab", "95"), partners, List.of(),
                TOLERANCE);
        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.REGION, Kind.PRODUCT);
        assertThat(findings).allMatch(Finding::withDirect);
    }

    @Test
    void discountDeeperThanTheAgreementIsAPriceConflict() {
        List<Finding> findings = ConflictRules.detect(deal(10, 1L, "Acme", "Zhejiang", "imaging", "85"), partners,
                List.of(), TOLERANCE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PRICE);
            assertThat(f.detail()).contains("15.00%");
        });
    }

    @Test
    void sameCustomerAndProductLineAsAnotherPartnerIsAProductConflictAndAPriceGapToo() {
        Registration first = deal(10, 1L, "Acme Hospital", "Zhejiang", "imaging", "100");
        List<Finding> findings = ConflictRules.detect(deal(11, 2L, "acme hospital", "Zhejiang", "imaging", "92"),
                partners, List.of(first), TOLERANCE);
        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.PRODUCT, Kind.PRICE);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.otherRegistrationId()).isEqualTo(10L);
            assertThat(f.otherPartnerId()).isEqualTo(1L);
        });
    }

    @Test
    void clashWithDirectSalesRegistration() {
        Registration direct = deal(10, null, "Acme", "Zhejiang", "imaging", "98");
        List<Finding> findings = ConflictRules.detect(deal(11, 1L, "Acme", "Zhejiang", "imaging", "97"), partners,
                List.of(direct), TOLERANCE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PRODUCT);
            assertThat(f.withDirect()).isTrue();
        });
    }

    @Test
    void closedOrOwnRegistrationsDoNotConflict() {
        Registration lost = new Registration(10, 2L, "Acme", "Zhejiang", "imaging", new BigDecimal("100"),
                new BigDecimal("100"), null, Registration.Status.LOST, "x");
        Registration own = deal(12, 1L, "Acme", "Zhejiang", "imaging", "100");
        assertThat(ConflictRules.detect(deal(11, 1L, "Acme", "Zhejiang", "imaging", "95"), partners,
                List.of(lost, own), TOLERANCE)).isEmpty();
    }

    @Test
    void anotherPartnersExclusiveTerritoryIsARegionConflict() {
        Map<Long, Partner> withExclusive = Map.of(
                1L, partner(1, "gold", ACTIVE, List.of("Zhejiang"), List.of("imaging"), false),
                3L, partner(3, "gold", ACTIVE, List.of("Zhejiang"), List.of("lab"), true));
        assertThat(ConflictRules.detect(deal(11, 1L, "Acme", "Zhejiang", "imaging", "95"), withExclusive, List.of(),
                TOLERANCE)).singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.REGION);
                    assertThat(f.otherPartnerId()).isEqualTo(3L);
                });
    }
}
