package io.tradewind.tenancy;

import io.tradewind.department.Department;
import io.tradewind.persistence.TenantRecord;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs inside the server (deployed by {@link TenantWritesIT}): each call is its own transaction on
 * the test unit with the application's settings, as one tenant. The {@code raw} methods use plain
 * JDBC, which nothing filters by tenant, to plant and inspect rows behind EclipseLink's back.
 */
@ApplicationScoped
public class TenantWritesProbe {

    @PersistenceContext(unitName = "writes")
    EntityManager em;

    /** Plain JDBC, outside EclipseLink (which refuses native queries in a multitenant unit). */
    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource direct;

    private EntityManager as(long tenant) {
        em.setProperty(TenantRecord.TENANT_PROPERTY, tenant);
        return em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(long tenant, String name) {
        Department department = new Department(name, null, 0);
        as(tenant).persist(department);
        return department.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Department find(long tenant, long id) {
        return as(tenant).find(Department.class, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rename(long tenant, long id, String name) {
        as(tenant).find(Department.class, id).setName(name);
    }

    /** Merges a copy read earlier (a PATCH with an old If-Match): must fail the version check. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renameCopy(long tenant, Department copy, String name) {
        copy.setName(name);
        as(tenant).merge(copy);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(long tenant, long id) {
        EntityManager em = as(tenant);
        em.remove(em.find(Department.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> names(long tenant) {
        return as(tenant).createQuery("SELECT d.name FROM Department d ORDER BY d.name", String.class).getResultList();
    }

    /** Copies tenant {@code from}'s row {@code id} into tenant {@code to} under the same id. */
    public void rawCopy(long from, long to, long id) throws SQLException {
        try (Connection connection = direct.getConnection();
             PreparedStatement copy = connection.prepareStatement("INSERT INTO department (tenant_id, id, parent_id, name,"
                     + " path, manager_id, sort_order, created_at, updated_at, version) SELECT ?, id, parent_id, name, path,"
                     + " manager_id, sort_order, created_at, updated_at, version FROM department WHERE tenant_id = ? AND id = ?")) {
            copy.setLong(1, to);
            copy.setLong(2, from);
            copy.setLong(3, id);
            copy.executeUpdate();
        }
    }

    public List<String> rawNames(long tenant, long id) throws SQLException {
        try (Connection connection = direct.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT name FROM department WHERE tenant_id = ? AND id = ?")) {
            query.setLong(1, tenant);
            query.setLong(2, id);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
