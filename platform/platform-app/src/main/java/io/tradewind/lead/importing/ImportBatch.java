package io.tradewind.lead.importing;

import io.tradewind.customer.CustomerService;
import io.tradewind.i18n.Messages;
import io.tradewind.lead.Lead;
import io.tradewind.lead.LeadKeys;
import io.tradewind.lead.LeadRequest;
import io.tradewind.lead.LeadRows;
import io.tradewind.lead.LeadSource;
import io.tradewind.lead.LeadView;
import io.tradewind.lead.assignment.LeadAssignment;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.JsonText;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Imports one batch of rows in its own transaction: validates each row, finds duplicates (by phone,
 * e-mail or company name, among existing leads and earlier rows), merges or skips them, creates the
 * rest (with the assignment rules) and adds the batch to the job's counts. A failed batch does not
 * undo the batches before it. New leads and their events are written with JDBC batches on the
 * transaction's connection (ADR 0129); merges, error rows and the job's counts go through JPA.
 */
@ApplicationScoped
public class ImportBatch {

    private static final Pattern PHONE = Pattern.compile(LeadRequest.PHONE);
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, Integer> MAX = Map.of("name", 100, "companyName", 200, "phone", 40, "email", 254,
            "sourceDetail", 100, "regionCode", 20, "productLine", 100, "notes", 2000);

    /** A data row: its number in the file and its values by field. */
    record Row(long number, Map<String, String> values) {
    }

    @Inject
    Db db;

    /** The JTA data source: the duplicate lookup runs on the batch transaction's connection. */
    @Resource(lookup = "jdbc/tradewind")
    DataSource dataSource;

    @Inject
    LeadAssignment assignment;

    @Inject
    Outbox outbox;

    @Inject
    LeadRows leadRows;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(long importId, List<Row> rows, Locale locale) {
        LeadImport job = db.require(LeadImport.class, importId);
        List<Lead> created = new ArrayList<>();
        long merged = 0;
        long skipped = 0;
        long failed = 0;
        Duplicates known = existing(rows);
        for (Row row : rows) {
            List<ImportError> errors = validate(importId, row, locale);
            if (!errors.isEmpty()) {
                jakarta.persistence.EntityManager em = db.em();
                errors.forEach(em::persist);
                failed++;
                continue;
            }
            Map<String, String> values = row.values();
            Long duplicate = known.find(values);
            if (duplicate != null) {
                if (job.getDuplicatePolicy() == LeadImport.DuplicatePolicy.MERGE) {
                    Lead lead = known.lead(duplicate, id -> db.require(Lead.class, id));
                    fillBlanks(lead, values);
                    known.remember(lead);
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
            known.remember(lead);
        }
        assignment.assign(created);
        leadRows.insert(created);
        List<Outbox.NewEvent> events = new ArrayList<>(created.size() * 2);
        for (Lead lead : created) {
            String view = JsonText.write(LeadView.of(lead));
            events.add(new Outbox.NewEvent("lead", lead.getId(), "lead.created", view));
            if (lead.getOwnerId() != null) {
                events.add(new Outbox.NewEvent("lead", lead.getId(), "lead.assigned", view));
            }
        }
        outbox.publishAll(events);
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
        String tags = values.get("tags");
        if (tags != null) {
            try {
                CustomerService.tags(tags(tags));
            } catch (ProblemException refused) {
                errors.add(new ImportError(importId, row.number(), "tags", tags,
                        Messages.get(locale, "accounts.validation.tag")));
            }
        }
        String source = values.get("source");
        if (source != null && parse(source) == null) {
            errors.add(new ImportError(importId, row.number(), "source", source, Messages.get(locale, "validation.one-of",
                    java.util.Arrays.stream(LeadSource.values()).map(LeadSource::code).toList())));
        }
        return errors;
    }

    /**
     * The existing leads that share a phone, e-mail or company name with any row of the batch, by
     * key. Only their ids and keys are read; a lead is loaded when a row merges into it.
     */
    private Duplicates existing(List<Row> rows) {
        Duplicates known = new Duplicates();
        try (Connection connection = dataSource.getConnection()) {
            matching(connection, "phone_key", keys(rows, "phone", LeadKeys::phone), known);
            matching(connection, "email_key", keys(rows, "email", LeadKeys::email), known);
            matching(connection, "company_key", keys(rows, "companyName", LeadKeys::company), known);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up duplicate leads", e);
        }
        return known;
    }

    /**
     * Remembers the tenant's leads whose key column holds one of {@code keys}, oldest first: one
     * indexed equality lookup per key, joined by UNION ALL, rather than {@code IN (...)}. H2 uses an
     * index for {@code IN} only on the index's first column (tenant_id here), so {@code IN} read all
     * of the tenant's leads for every batch (ADR 0125). The key list is padded to the batch size so
     * the statement text, and so its prepared plan, is reused. Plain JDBC on the transaction's
     * connection: EclipseLink spent more time binding the 1,000 parameters of this native query than
     * the database took to answer it (ADR 0128).
     */
    private void matching(Connection connection, String column, List<String> keys, Duplicates known) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        int size = Math.max(keys.size(), ImportWorker.BATCH);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT l.id, l.created_at, l.phone_key, l.email_key, l.company_key FROM lead l WHERE l.tenant_id = ? AND l.")
                    .append(column).append(" = ?");
        }
        sql.append(" ORDER BY created_at, id");
        long tenant = TenantContext.current().orElseThrow();
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < size; i++) {
                query.setLong(2 * i + 1, tenant);
                query.setString(2 * i + 2, keys.get(Math.min(i, keys.size() - 1)));
            }
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    known.remember(found.getLong(1), found.getString(3), found.getString(4), found.getString(5));
                }
            }
        }
    }

    private static List<String> keys(List<Row> rows, String field, Function<String, String> key) {
        return rows.stream().map(row -> key.apply(row.values().get(field))).filter(k -> k != null).distinct().toList();
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
        if (lead.getTags().isEmpty()) {
            lead.setTags(CustomerService.tags(tags(values.get("tags"))));
        }
    }

    /** A cell's tags: separated by commas (also the full-width ones), 、 or semicolons. */
    private static List<String> tags(String cell) {
        return cell == null ? List.of() : TAG_SEPARATORS.splitAsStream(cell).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
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
