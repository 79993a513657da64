package io.tradewind.lead.importing;

import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The leads a batch's rows may duplicate, by normalised phone, e-mail and company name: the
 * existing ones by id only (a lead is loaded when a row merges into it), and the batch's own new
 * or merged leads. The first lead remembered for a key keeps it, so existing leads (read oldest
 * first) win over the batch's.
 */
final class Duplicates {

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, Lead> leads = new HashMap<>();

    void remember(long id, String phoneKey, String emailKey, String companyKey) {
        if (phoneKey != null) {
            ids.putIfAbsent("p:" + phoneKey, id);
        }
        if (emailKey != null) {
            ids.putIfAbsent("e:" + emailKey, id);
        }
        if (companyKey != null) {
            ids.putIfAbsent("c:" + companyKey, id);
        }
    }

    void remember(Lead lead) {
        leads.put(lead.getId(), lead);
        remember(lead.getId(), LeadKeys.phone(lead.getPhone()), LeadKeys.email(lead.getEmail()),
                LeadKeys.company(lead.getCompanyName()));
    }

    /** The id of the lead a row duplicates (by phone, else e-mail, else company name), or null. */
    Long find(Map<String, String> values) {
        String phone = LeadKeys.phone(values.get("phone"));
        String email = LeadKeys.email(values.get("email"));
        String company = LeadKeys.company(values.get("companyName"));
        Long found = phone == null ? null : ids.get("p:" + phone);
        if (found == null && email != null) {
            found = ids.get("e:" + email);
        }
        if (found == null && company != null) {
            found = ids.get("c:" + company);
        }
        return found;
    }

    /** The lead with {@code id}: the batch's own, or the existing one {@code load} reads. */
    Lead lead(long id, LongFunction<Lead> load) {
        return leads.computeIfAbsent(id, load::apply);
    }
}
