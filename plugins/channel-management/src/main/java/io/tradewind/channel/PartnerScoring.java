package io.tradewind.channel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a candidate partner 0–100 from its ratings (0–5 per criterion) and the tenant's weights:
 * each criterion contributes weight × rating / 5, divided by the sum of the weights. A criterion the
 * partner has not been rated on counts as 0 and is listed as missing, so the explanation shows why.
 */
final class PartnerScoring {

    static final int MAX_RATING = 5;

    record Line(String criterion, String name, int weight, int rating, BigDecimal points) {
    }

    record Score(int score, List<Line> lines, List<String> missing) {
    }

    private PartnerScoring() {
    }

    static Score score(List<Criterion> criteria, Map<String, Integer> ratings) {
        int totalWeight = criteria.stream().mapToInt(Criterion::weight).sum();
        List<Line> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            Integer rating = ratings.get(criterion.code());
            if (rating == null) {
                missing.add(criterion.code());
                rating = 0;
            }
            if (rating < 0 || rating > MAX_RATING) {
                throw new IllegalArgumentException("a rating is between 0 and " + MAX_RATING);
            }
            BigDecimal points = totalWeight == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf((long) criterion.weight() * rating * 100)
                            .divide(BigDecimal.valueOf((long) totalWeight * MAX_RATING), 2, RoundingMode.HALF_UP);
            sum = sum.add(points);
            lines.add(new Line(criterion.code(), criterion.name(), criterion.weight(), rating, points));
        }
        return new Score(sum.setScale(0, RoundingMode.HALF_UP).intValue(), lines, missing);
    }
}
