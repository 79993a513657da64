package io.tradewind.lead.form;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;

/** A web-to-lead form; {@code formKey} goes into the page that embeds it. */
public record LeadFormView(String id, String name, String formKey, String source, boolean enabled, int ratePerMinute,
                           int minFillSeconds, String ownerId, long submissions, String submitPath, Instant createdAt,
                           Instant updatedAt, long version) implements Versioned {

    public static LeadFormView of(LeadForm form) {
        return new LeadFormView(Ids.format(form.getId()), form.getName(), form.getFormKey(), form.getSource().code(),
                form.isEnabled(), form.getRatePerMinute(), form.getMinFillSeconds(), Ids.format(form.getOwnerId()),
                form.getSubmissions(), "/api/v1/public/lead-forms/" + form.getFormKey() + "/submissions",
                form.getCreatedAt(), form.getUpdatedAt(), form.getVersion());
    }
}
