package io.tradewind.api.playbook;

import io.tradewind.api.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A stage of a playbook's pipeline.
 *
 * @param key the stage key, unique within the playbook
 * @param name what users see
 * @param probabilityPercent the win probability of an opportunity in this stage, 0–100
 * @param checklist what must be done in this stage, in order
 */
public record PlaybookStage(String key, LocalizedText name, int probabilityPercent, List<LocalizedText> checklist) {

    /**
     * Checks the parts and copies the checklist.
     *
     * @throws IllegalArgumentException when the probability is outside 0–100
     */
    public PlaybookStage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (probabilityPercent < 0 || probabilityPercent > 100) {
            throw new IllegalArgumentException("a probability is between 0 and 100");
        }
        checklist = List.copyOf(Objects.requireNonNull(checklist, "checklist"));
    }
}
