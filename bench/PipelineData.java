import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills Tradewind's database (the schema Flyway created) with tenants, customers and opportunities
 * through batched JDBC inserts, for bench/pipeline-load.sh.
 *
 * Usage: java -cp DRIVER.jar bench/PipelineData.java JDBC_URL USER PASSWORD key=value...
 *   tenants=N customers=M opportunities=K   create N new tenants (stages copied from a signed-up
 *                                           tenant) and spread M customers and K opportunities over them
 *   purge-load=TENANT_ID|FOUNDER_EMAIL   delete the customers PipelineLoad created in the tenant
 *   into=TENANT_ID|FOUNDER_EMAIL customers=M opportunities=K   add the rows to one existing (signed-up) tenant, owned by
 *                                           its first user, so that its admin sees them
 * Ids are TSIDs like the application's (ADR 0002): 42 bits of milliseconds since 2020-01-01, then a
 * 22-bit counter; the counter is unique within a run and the millisecond part is the run's start.
 *
 * A tenant's rows are made by the database, not sent one by one: one INSERT ... SELECT per table over a
 * helper table of numbers 0..n-1 ({@code bench_number}, dropped at the end), one transaction per
 * tenant, into the tables with all their indexes. Row n of a tenant is updated n seconds before the
 * run started, so lists sorted by time have distinct keys as real data does.
 */
public class PipelineData {

    private static final long TSID_EPOCH = 1577836800000L;
    private static final int BATCH = 1000;

    private final Connection db;
    private final Timestamp now = new Timestamp(System.currentTimeMillis());
    private long nextId = (System.currentTimeMillis() - TSID_EPOCH) << 22;
    private long rows;
    private long numbers;

    record Stage(long id, String name, String kind, int probability, int sortOrder, String entry, String exit) { }

    PipelineData(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PipelineData JDBC_URL USER PASSWORD [tenants=N] [into=TENANT_ID] customers=M opportunities=K");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair[1]);
        }
        long customers = Long.parseLong(options.getOrDefault("customers", "1000000"));
        long opportunities = Long.parseLong(options.getOrDefault("opportunities", "1000000"));
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            PipelineData data = new PipelineData(db);
            if (options.containsKey("purge-load")) {
                data.purgeLoad(data.tenantOf(options.get("purge-load")));
            } else if (options.containsKey("into")) {
                long tenant = data.tenantOf(options.get("into"));
                data.numbers(Math.max(customers, opportunities));
                data.fill(tenant, data.ownerOf(tenant), data.stagesOf(tenant), customers, opportunities);
            } else {
                int tenants = Integer.parseInt(options.getOrDefault("tenants", "1000"));
                List<Stage> template = data.stagesOf(data.templateTenant());
                data.numbers(Math.max(customers / tenants + 1, opportunities / tenants + 1));
                for (int t = 0; t < tenants; t++) {
                    long tenant = data.createTenant(template);
                    // the first tenants take the remainder so that the totals are exact
                    long c = customers / tenants + (t < customers % tenants ? 1 : 0);
                    long o = opportunities / tenants + (t < opportunities % tenants ? 1 : 0);
                    data.fill(tenant, data.id(), data.stagesOf(tenant), c, o);
                    if ((t + 1) % 100 == 0) {
                        System.out.printf("%d tenants, %d rows, %.0f rows/s%n", t + 1, data.rows,
                                data.rows / ((System.nanoTime() - start) / 1e9));
                    }
                }
            }
            data.dropNumbers();
            db.commit();
            System.out.printf("inserted %d rows in %.1f s%n", data.rows, (System.nanoTime() - start) / 1e9);
        }
    }

    long id() {
        return nextId++;
    }

    /** A tenant id, or the tenant whose founder signed up with this e-mail address. */
    long tenantOf(String idOrEmail) throws SQLException {
        if (!idOrEmail.contains("@")) {
            return Long.parseLong(idOrEmail);
        }
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM tenant WHERE founder_email = ?")) {
            q.setString(1, idOrEmail);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no tenant founded by " + idOrEmail);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Deletes the customers PipelineLoad created, so that a second run sees the tenant as the first did. */
    void purgeLoad(long tenant) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM customer WHERE tenant_id = ? AND name LIKE '负载 Load %'")) {
            delete.setLong(1, tenant);
            System.out.println("deleted " + delete.executeUpdate() + " customers created by the load run");
        }
    }

    long templateTenant() throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT MIN(tenant_id) FROM opportunity_stage"); ResultSet rs = q.executeQuery()) {
            rs.next();
            long tenant = rs.getLong(1);
            if (rs.wasNull()) {
                throw new IllegalStateException("no tenant with stages: sign one up first (POST /api/v1/signup)");
            }
            return tenant;
        }
    }

    long ownerOf(long tenant) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT MIN(id) FROM app_user WHERE tenant_id = ?")) {
            q.setLong(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long owner = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new IllegalStateException("tenant " + tenant + " has no user");
                }
                return owner;
            }
        }
    }

    List<Stage> stagesOf(long tenant) throws SQLException {
        List<Stage> stages = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, name, kind, probability, sort_order, entry_checklist, "
                + "exit_checklist FROM opportunity_stage WHERE tenant_id = ? ORDER BY sort_order")) {
            q.setLong(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stages.add(new Stage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        return stages;
    }

    long createTenant(List<Stage> template) throws SQLException {
        long tenant = id();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO tenant (id, code, name, plan_code, status, "
                + "created_at, updated_at, version) VALUES (?, ?, ?, 'team', 'ACTIVE', ?, ?, 1)")) {
            insert.setLong(1, tenant);
            insert.setString(2, "bench-" + Long.toString(tenant, 36));
            insert.setString(3, "基准租户 Bench " + Long.toString(tenant, 36));
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO opportunity_stage (tenant_id, id, name, kind, "
                + "probability, sort_order, entry_checklist, exit_checklist, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (Stage stage : template) {
                insert.setLong(1, tenant);
                insert.setLong(2, id());
                insert.setString(3, stage.name());
                insert.setString(4, stage.kind());
                insert.setInt(5, stage.probability());
                insert.setInt(6, stage.sortOrder());
                insert.setString(7, stage.entry());
                insert.setString(8, stage.exit());
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return tenant;
    }

    /** Makes {@code bench_number} hold 0..count-1, the rows INSERT ... SELECT draws a tenant's rows from. */
    void numbers(long count) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_number");
            ddl.execute("CREATE TABLE bench_number (n BIGINT NOT NULL PRIMARY KEY)");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_number (n) VALUES (?)")) {
            for (long n = 0; n < count; n++) {
                insert.setLong(1, n);
                insert.addBatch();
                if ((n + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        numbers = count;
    }

    void dropNumbers() throws SQLException {
        if (numbers > 0) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE bench_number");
            }
        }
    }

    /** The tenant's customers (ids from a reserved block) and open opportunities, in one transaction. */
    void fill(long tenant, long owner, List<Stage> stages, long customers, long opportunities) throws SQLException {
        List<Stage> open = stages.stream().filter(s -> s.kind().equals("OPEN")).toList();
        if (open.isEmpty()) {
            throw new IllegalStateException("tenant " + tenant + " has no open stage");
        }
        if (customers == 0 && opportunities > 0) {
            throw new IllegalStateException("opportunities need customers in the same run");
        }
        long customerIds = reserve(customers);
        // n seconds before the run: distinct, realistic update times
        String time = "TIMESTAMPADD(SECOND, -n, CAST(? AS DATETIME))";
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer (tenant_id, id, name, status, grade, "
                + "region_code, phone, source, tags, member_ids, owner_id, owned_since, purchase_count, purchase_amount, "
                + "created_at, updated_at, version) SELECT ?, ? + n, CONCAT('客户 Bench Customer ', n), 'PROSPECT', "
                + "SUBSTRING('ABC', 1 + MOD(n * 7, 3), 1), CONCAT('', 310100 + MOD(n, 16)), "
                + "CONCAT('', 13800000000 + MOD(n, 10000)), 'bench', ',', ',', ?, ?, 0, 0, "
                + time + ", " + time + ", 1 FROM bench_number WHERE n < ?")) {
            insert.setLong(1, tenant);
            insert.setLong(2, customerIds);
            insert.setLong(3, owner);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.setLong(7, customers);
            rows += insert.executeUpdate();
        }
        long opportunityIds = reserve(opportunities);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO opportunity (tenant_id, id, name, customer_id, "
                + "owner_id, amount, stage_id, status, probability, stage_entered_at, checked_items, source, tags, "
                + "created_at, updated_at, version) SELECT ?, ? + n, CONCAT('商机 Bench Opportunity ', n), "
                + "? + MOD(n * 7919, ?), ?, 10 + MOD(n * 104729, 1000000), " + byStage(open, Stage::id) + ", 'OPEN', "
                + byStage(open, Stage::probability) + ", ?, ',', 'bench', ',', " + time + ", " + time
                + ", 1 FROM bench_number WHERE n < ?")) {
            insert.setLong(1, tenant);
            insert.setLong(2, opportunityIds);
            insert.setLong(3, customerIds);
            insert.setLong(4, Math.max(customers, 1));
            insert.setLong(5, owner);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.setLong(9, opportunities);
            rows += insert.executeUpdate();
        }
        db.commit();
    }

    /** Row n's value of the open stage it is in, spread evenly: CASE MOD(n, stages) WHEN 0 THEN ... END. */
    private static String byStage(List<Stage> open, java.util.function.ToLongFunction<Stage> value) {
        StringBuilder sql = new StringBuilder("CASE MOD(n, " + open.size() + ")");
        for (int i = 0; i < open.size(); i++) {
            sql.append(" WHEN ").append(i).append(" THEN ").append(value.applyAsLong(open.get(i)));
        }
        return sql.append(" END").toString();
    }

    private long reserve(long count) {
        long first = nextId;
        nextId += count;
        return first;
    }
}
