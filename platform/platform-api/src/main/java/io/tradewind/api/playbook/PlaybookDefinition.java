package io.tradewind.api.playbook;

import io.tradewind.api.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * An industry's way of selling: its stages, checklists, templates and grading rules.
 *
 * @param key the playbook key, unique within the plugin
 * @param name what users see
 * @param stages the pipeline stages, in order
 * @param templates document templates
 * @param gradingRules customer grading rules, first match wins
 */
public record PlaybookDefinition(String key, LocalizedText name, List<PlaybookStage> stages,
                                 List<DocumentTemplate> templates, List<GradingRule> gradingRules) {

    /** Checks the parts and copies the lists. */
    public PlaybookDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
        gradingRules = List.copyOf(Objects.requireNonNull(gradingRules, "gradingRules"));
    }
}
