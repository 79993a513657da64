package io.tradewind.opportunity;

import java.math.BigDecimal;
import java.util.List;

/** The pipeline as a board: the stages in order, each with its totals and its first opportunities. */
public record KanbanView(List<Column> stages, long count, BigDecimal totalAmount, BigDecimal weightedAmount) {

    /** {@code weightedAmount} is the amount times the stage's win probability. */
    public record Column(StageView stage, long count, BigDecimal totalAmount, BigDecimal weightedAmount,
                         List<OpportunityView> opportunities) {
    }
}
