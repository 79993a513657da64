package io.tradewind.opportunity;

import java.time.Instant;

/** One entry of an opportunity's stage history. */
public record StageChangeView(String fromStageId, String fromStageName, String toStageId, String toStageName,
                              Instant changedAt, String changedBy, Long secondsInStage, String note) {
}
