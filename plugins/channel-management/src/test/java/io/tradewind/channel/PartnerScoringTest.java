package io.tradewind.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerScoringTest {

    private final List<Criterion> criteria = List.of(new Criterion("reputation", "Reputation", 40),
            new Criterion("strength", "Strength", 30), new Criterion("market-share", "Market share", 20),
            new Criterion("willingness", "Willingness", 10));

    @Test
    void weightsRatingsAndExplainsEachCriterion() {
        PartnerScoring.Score score = PartnerScoring.score(criteria,
                Map.of("reputation", 5, "strength", 3, "market-share", 2, "willingness", 4));
        // 40*5/5 + 30*3/5 + 20*2/5 + 10*4/5 = 40 + 18 + 8 + 8
        assertThat(score.score()).isEqualTo(74);
        assertThat(score.lines()).extracting(PartnerScoring.Line::points).containsExactly(
                new BigDecimal("40.00"), new BigDecimal("18.00"), new BigDecimal("8.00"), new BigDecimal("8.00"));
        assertThat(score.missing()).isEmpty();
    }

    @Test
    void unratedCriteriaCountAsZeroAndAreListed() {
        PartnerScoring.Score score = PartnerScoring.score(criteria, Map.of("reputation", 5));
        assertThat(score.score()).isEqualTo(40);
        assertThat(score.missing()).containsExactly("strength", "market-share", "willingness");
    }

    @Test
    void weightsNeedNotAddUpToHundred() {
        PartnerScoring.Score score = PartnerScoring.score(
                List.of(new Criterion("a", "A", 1), new Criterion("b", "B", 3)), Map.of("a", 5, "b", 0));
        assertThat(score.score()).isEqualTo(25);
    }

    @Test
    void ratingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> PartnerScoring.score(criteria, Map.of("reputation", 6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion("x", "X", 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noCriteriaScoresZero() {
        assertThat(PartnerScoring.score(List.of(), Map.of()).score()).isZero();
    }
}
