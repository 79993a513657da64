package io.tradewind.api.playbook;

import io.tradewind.api.text.LocalizedText;
import java.util.Objects;

/**
 * A template users start documents from (a proposal, an agreement, a mail).
 *
 * @param key the template key, unique within the playbook
 * @param name what users see
 * @param body the template text, with {@code {{field}}} placeholders
 */
public record DocumentTemplate(String key, LocalizedText name, LocalizedText body) {

    /** Checks the parts. */
    public DocumentTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
