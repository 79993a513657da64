package io.tradewind.api.service;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail.
 *
 * @param to the recipients' addresses, at least one
 * @param subject the subject line
 * @param text the body
 */
public record MailMessage(List<String> to, String subject, String text) {

    /**
     * Copies the recipients and checks the parts.
     *
     * @throws IllegalArgumentException when there is no recipient
     */
    public MailMessage {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
