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
import io.tradewind.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
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
                jakarta.persistence.EntityManager em = db.em();
                errors.forEach(em::persist);
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
        jakarta.persistence.EntityManager em = db.em();
        for (Lead lead : created) {
            em.persist(lead);
        }
        em.flush();
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
        Map<String, Lead> known = new HashMap<>();
        matching("phone_key", keys(rows, "phone", LeadKeys::phone)).forEach(lead -> remember(known, lead));
        matching("email_key", keys(rows, "email", LeadKeys::email)).forEach(lead -> remember(known, lead));
        matching("company_key", keys(rows, "companyName", LeadKeys::company)).forEach(lead -> remember(known, lead));
        return known;
    }

    /**
     * The tenant's leads whose key column holds one of {@code keys}, oldest first: one indexed
     * equality lookup per key, joined by UNION ALL, rather than {@code IN (...)}. H2 uses an index
     * for {@code IN} only on the index's first column (tenant_id here), so {@code IN} read all of
     * the tenant's leads for every batch and an import slowed down as it grew (ADR 0125). The key
     * list is padded to the batch size so the statement text, and so its prepared plan, is reused.
     */
    @SuppressWarnings("unchecked")
    private List<Lead> matching(String column, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        int size = Math.max(keys.size(), ImportWorker.BATCH);
        long tenant = TenantContext.current().orElseThrow();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT l.* FROM lead l WHERE l.tenant_id = ? AND l.")
                    .append(column).append(" = ?");
        }
        sql.append(" ORDER BY created_at, id");
        // Native SQL is off for a multitenant unit; this query opts in and filters by tenant itself.
        jakarta.persistence.Query query = db.em().createNativeQuery(sql.toString(), Lead.class)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < size; i++) {
            query.setParameter(2 * i + 1, tenant);
            query.setParameter(2 * i + 2, keys.get(Math.min(i, keys.size() - 1)));
        }
        return query.getResultList();
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
