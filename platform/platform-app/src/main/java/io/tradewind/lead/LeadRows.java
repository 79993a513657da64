package io.tradewind.lead;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.InstantConverter;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts many new leads at once with one JDBC batch on the transaction's connection (the import,
 * ADR 0129), writing exactly the row {@code persist} would: the current tenant, the application id,
 * the duplicate keys, creation time and version 1. EclipseLink builds and binds an insert row field by
 * field through a linear search, which cost an import more than the database's own work. The leads are
 * not in the persistence context afterwards; the shared cache is off (ADR 0003), and new ids cannot
 * be in any cache anyway.
 */
@ApplicationScoped
public class LeadRows {

    private static final String INSERT = "INSERT INTO lead (tenant_id, id, name, company_name, phone, email, source, "
            + "source_detail, status, owner_id, region_code, product_line, notes, tags, phone_key, email_key, company_key, "
            + "assigned_at, assignment_rule_id, created_by_id, import_id, form_id, converted_at, customer_id, "
            + "contact_id, opportunity_id, created_at, updated_at, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final StringSetConverter TAGS = new StringSetConverter();

    /** The JTA data source: the batch runs on the caller's transaction connection. */
    @Resource(lookup = "jdbc/tradewind")
    DataSource dataSource;

    /** Stamps and inserts {@code leads} (new, not persisted) for the current tenant, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Lead> leads) {
        if (leads.isEmpty()) {
            return;
        }
        long tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant for a lead insert"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Lead lead : leads) {
                lead.stampNew(Clock.now());
                bind(insert, tenant, lead);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert " + leads.size() + " leads", e);
        }
    }

    private static void bind(PreparedStatement insert, long tenant, Lead lead) throws SQLException {
        int i = 0;
        insert.setLong(++i, tenant);
        insert.setLong(++i, lead.getId());
        insert.setString(++i, lead.getName());
        insert.setString(++i, lead.getCompanyName());
        insert.setString(++i, lead.getPhone());
        insert.setString(++i, lead.getEmail());
        insert.setString(++i, lead.getSource().name());
        insert.setString(++i, lead.getSourceDetail());
        insert.setString(++i, lead.getStatus().name());
        setId(insert, ++i, lead.getOwnerId());
        insert.setString(++i, lead.getRegionCode());
        insert.setString(++i, lead.getProductLine());
        insert.setString(++i, lead.getNotes());
        insert.setString(++i, TAGS.convertToDatabaseColumn(lead.getTags()));
        insert.setString(++i, lead.phoneKey());
        insert.setString(++i, lead.emailKey());
        insert.setString(++i, lead.companyKey());
        setTime(insert, ++i, lead.getAssignedAt());
        setId(insert, ++i, lead.getAssignmentRuleId());
        setId(insert, ++i, lead.getCreatedById());
        setId(insert, ++i, lead.getImportId());
        setId(insert, ++i, lead.getFormId());
        setTime(insert, ++i, lead.getConvertedAt());
        setId(insert, ++i, lead.getCustomerId());
        setId(insert, ++i, lead.getContactId());
        setId(insert, ++i, lead.getOpportunityId());
        setTime(insert, ++i, lead.getCreatedAt());
        setTime(insert, ++i, lead.getUpdatedAt());
        insert.setLong(++i, lead.getVersion());
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static void setTime(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setString(index, InstantConverter.utcText(at));
        }
    }
}
