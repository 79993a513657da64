package io.tradewind.api.lead;

/**
 * A lead's score.
 *
 * @param score from 0 (cold) to 100 (hot)
 * @param reason why, shown to users
 */
public record LeadScore(int score, String reason) {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException when the score is outside 0–100
     */
    public LeadScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is between 0 and 100");
        }
    }
}
