package io.tradewind.lead.importing;

import io.tradewind.i18n.Messages;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadKeys;
import io.tradewind.lead.LeadRequest;
import io.tradewind.lead.LeadSource;
import io.tradewind.lead.LeadView;
import io.tradewind.lead.assignment.LeadAssignment;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Imports one batch of rows in its own transaction: validates each row, finds duplicates (by phone,
 * e-mail or company name, among existing leads and earlier rows), merges or skips them, creates the
 * rest (with the assignment rules) and adds the batch to the job's counts. A failed batch does not
 * undo the batches before it.
 */
@ApplicationScoped
public class ImportBatch {

    private static final Pattern PHONE = Pattern.compile(LeadRequest.PHONE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, Integer> MAX = Map.of("name", 100, "companyName", 200, "phone", 40, "email", 254,
            "sourceDetail", 100, "regionCode", 20, "productLine", 100, "notes", 2000);

    /** A data row: its number in the file and its values by field. */
    record Row(long number, Map<String, String> values) {
    }

    @Inject
    Db db;

    @Inject
    LeadAssignment assignment;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(long importId, List<Row> rows, Locale locale) {
        LeadImport job = db.require(LeadImport.class, importId);
        List<Lead> created = new ArrayList<>();
        long merged = 0;
        long skipped = 0;
        long failed = 0;
        Map<String, Lead> known = existing(rows);
        for (Row row : rows) {
            List<ImportError> errors = validate(importId, row, locale);
            if (!errors.isEmpty()) {
                errors.forEach(db.em()::persist);
                failed++;
                continue;
            }
            Map<String, String> values = row.values();
            Lead duplicate = find(known, values);
            if (duplicate != null) {
                if (job.getDuplicatePolicy() == LeadImport.DuplicatePolicy.MERGE) {
                    fillBlanks(duplicate, values);
                    remember(known, duplicate);
                    merged++;
                } else {
                    skipped++;
                }
                continue;
            }
            Lead lead = new Lead(values.getOrDefault("name", values.get("companyName")), source(values));
            fillBlanks(lead, values);
            lead.setImportId(importId);
            lead.setCreatedById(job.getCreatedById());
            created.add(lead);
            remember(known, lead);
        }
        assignment.assign(created);
        for (Lead lead : created) {
            db.em().persist(lead);
        }
        db.em().flush();
        for (Lead lead : created) {
            LeadView view = LeadView.of(lead);
            outbox.publish("lead", lead.getId(), "lead.created", view);
            if (lead.getOwnerId() != null) {
                outbox.publish("lead", lead.getId(), "lead.assigned", view);
            }
        }
        job.count(rows.size(), created.size(), merged, skipped, failed);
    }

    private List<ImportError> validate(long importId, Row row, Locale locale) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> values = row.values();
        if (!values.containsKey("name") && !values.containsKey("companyName")) {
            errors.add(new ImportError(importId, row.number(), "name", null, Messages.get(locale, "validation.required")));
        }
        MAX.forEach((field, max) -> {
            String value = values.get(field);
            if (value != null && value.length() > max) {
                errors.add(new ImportError(importId, row.number(), field, value, Messages.get(locale, "validation.size", 1, max)));
            }
        });
        String phone = values.get("phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new ImportError(importId, row.number(), "phone", phone, Messages.get(locale, "validation.pattern")));
        }
        String email = values.get("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new ImportError(importId, row.number(), "email", email, Messages.get(locale, "validation.email")));
        }
        String source = values.get("source");
        if (source != null && parse(source) == null) {
            errors.add(new ImportError(importId, row.number(), "source", source, Messages.get(locale, "validation.one-of",
                    java.util.Arrays.stream(LeadSource.values()).map(LeadSource::code).toList())));
        }
        return errors;
    }

    /** The existing leads that share a phone, e-mail or company name with any row of the batch. */
    private Map<String, Lead> existing(List<Row> rows) {
        List<String> phones = keys(rows, "phone", LeadKeys::phone);
        List<String> emails = keys(rows, "email", LeadKeys::email);
        List<String> companies = keys(rows, "companyName", LeadKeys::company);
        Map<String, Lead> known = new HashMap<>();
        // One indexed lookup per key kind: an OR of the three would scan the table on H2.
        matching("l.phoneKey", phones).forEach(lead -> remember(known, lead));
        matching("l.emailKey", emails).forEach(lead -> remember(known, lead));
        matching("l.companyKey", companies).forEach(lead -> remember(known, lead));
        return known;
    }

    private List<Lead> matching(String path, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return db.em().createQuery("SELECT l FROM Lead l WHERE " + path + " IN :keys ORDER BY l.createdAt, l.id", Lead.class)
                .setParameter("keys", keys).getResultList();
    }

    private static List<String> keys(List<Row> rows, String field, Function<String, String> key) {
        return rows.stream().map(row -> key.apply(row.values().get(field))).filter(k -> k != null).distinct().toList();
    }

    private static void remember(Map<String, Lead> known, Lead lead) {
        String phone = LeadKeys.phone(lead.getPhone());
        String email = LeadKeys.email(lead.getEmail());
        String company = LeadKeys.company(lead.getCompanyName());
        if (phone != null) {
            known.putIfAbsent("p:" + phone, lead);
        }
        if (email != null) {
            known.putIfAbsent("e:" + email, lead);
        }
        if (company != null) {
            known.putIfAbsent("c:" + company, lead);
        }
    }

    private static Lead find(Map<String, Lead> known, Map<String, String> values) {
        String phone = LeadKeys.phone(values.get("phone"));
        String email = LeadKeys.email(values.get("email"));
        String company = LeadKeys.company(values.get("companyName"));
        Lead found = phone == null ? null : known.get("p:" + phone);
        if (found == null && email != null) {
            found = known.get("e:" + email);
        }
        if (found == null && company != null) {
            found = known.get("c:" + company);
        }
        return found;
    }

    /** Merging never overwrites: it fills the fields the lead does not have yet. */
    private static void fillBlanks(Lead lead, Map<String, String> values) {
        if (lead.getCompanyName() == null) {
            lead.setCompanyName(values.get("companyName"));
        }
        if (lead.getPhone() == null) {
            lead.setPhone(values.get("phone"));
        }
        if (lead.getEmail() == null) {
            lead.setEmail(values.get("email"));
        }
        if (lead.getSourceDetail() == null) {
            lead.setSourceDetail(values.get("sourceDetail"));
        }
        if (lead.getRegionCode() == null) {
            lead.setRegionCode(values.get("regionCode"));
        }
        if (lead.getProductLine() == null) {
            lead.setProductLine(values.get("productLine"));
        }
        if (lead.getNotes() == null) {
            lead.setNotes(values.get("notes"));
        }
    }

    private static LeadSource source(Map<String, String> values) {
        String source = values.get("source");
        return source == null ? LeadSource.PURCHASED_LIST : parse(source);
    }

    private static LeadSource parse(String text) {
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LeadSource source : LeadSource.values()) {
            if (source.name().equals(normalised)) {
                return source;
            }
        }
        return CHINESE.get(text.strip());
    }

    private static final Map<String, LeadSource> CHINESE = Map.of("官网", LeadSource.WEBSITE, "网站", LeadSource.WEBSITE,
            "在线咨询", LeadSource.CHAT, "电话", LeadSource.PHONE, "展会", LeadSource.TRADE_SHOW,
            "购买名单", LeadSource.PURCHASED_LIST, "转介绍", LeadSource.REFERRAL, "陌拜", LeadSource.COLD_VISIT,
            "自定义", LeadSource.CUSTOM);
}
