package io.tradewind.opportunity;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** A pipeline stage as the API shows it. */
public record StageView(String id, String name, String kind, int probability, int sortOrder,
                        List<String> entryChecklist, List<String> exitChecklist, Instant createdAt, Instant updatedAt,
                        long version) implements Versioned {

    public static StageView of(OpportunityStage s) {
        return new StageView(Ids.format(s.getId()), s.getName(), s.getKind().name().toLowerCase(), s.getProbability(),
                s.getSortOrder(), s.entryChecklist(), s.exitChecklist(), s.getCreatedAt(), s.getUpdatedAt(),
                s.getVersion());
    }
}
