package io.tradewind.testkit;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.RecordView;
import io.tradewind.api.service.MailMessage;
import io.tradewind.api.settings.PluginSettings;
import io.tradewind.api.web.Caller;
import io.tradewind.api.web.RestRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory stand-in for the Tradewind host, for a plugin's unit tests: contexts for as many
 * tenants as the test needs, sharing one store, so that a test can show what one tenant sees of
 * another (nothing). The rules the host enforces on {@code tables()} (the plugin's table prefix, no
 * {@code tenant_id} from the plugin, plain column names) are enforced here too; SQL itself is not
 * run: prove the migrations with the host (integration test) as well.
 *
 * <pre>{@code
 * PluginTestkit kit = new PluginTestkit("acme-scoring");
 * PluginContext tenantA = kit.tenant(1).settings(Map.of("threshold", 50)).context();
 * new AcmeRest().handle(tenantA, PluginTestkit.get("/scores"));
 * }</pre>
 */
public final class PluginTestkit {

    final String pluginId;
    final Map<Long, Map<String, List<Map<String, Object>>>> rows = new HashMap<>();
    final Map<Long, Map<String, Map<Long, Map<String, Object>>>> objects = new HashMap<>();
    final Map<Long, Map<String, RecordView>> records = new HashMap<>();
    final List<PublishedEvent> events = new ArrayList<>();
    final List<MailMessage> mails = new ArrayList<>();
    final List<FakeScheduler.Job> jobs = new ArrayList<>();
    final AtomicLong ids = new AtomicLong(1000);
    final FakeFields fields = new FakeFields();
    Instant now = Instant.parse("2026-01-05T09:00:00Z");

    /** A host for one plugin. */
    public PluginTestkit(String pluginId) {
        this.pluginId = pluginId;
    }

    /** A tenant of this host: set its settings and locale, then take its {@link #context()}. */
    public Tenant tenant(long tenantId) {
        return new Tenant(tenantId);
    }

    /** Fixes the time every context reports. */
    public PluginTestkit at(Instant instant) {
        now = instant;
        return this;
    }

    /** Makes a core record (lead, customer, opportunity) readable through {@code records()} of one tenant. */
    public PluginTestkit record(long tenantId, RecordView record) {
        records.computeIfAbsent(tenantId, t -> new HashMap<>()).put(record.type() + "/" + record.id(), record);
        return this;
    }

    /** A GET request from a user with every permission. */
    public static RestRequest get(String path, Map<String, String> query) {
        return request("GET", path, query, "");
    }

    /** A GET request without query parameters. */
    public static RestRequest get(String path) {
        return get(path, Map.of());
    }

    /** A request of any method, with a JSON body (empty for none). */
    public static RestRequest request(String method, String path, Map<String, String> query, String body) {
        Map<String, List<String>> params = new HashMap<>();
        query.forEach((name, value) -> params.put(name, List.of(value)));
        return new RestRequest(method, path, params, body, new Caller(1L, java.util.Set.of("*")));
    }

    /**
     * Registers the custom fields a plugin declares on core records, as the host does when a tenant
     * enables it (ADR 0208): a known record type, a key of a lowercase letter then up to 39 letters,
     * digits or _, no {@code BOOLEAN}, choices on choice fields only, a lookup target on lookups only,
     * one declaration per record type and key.
     *
     * @throws IllegalArgumentException naming the field and the rule it breaks
     */
    public PluginTestkit registerFields(io.tradewind.api.data.DataModel model) {
        fields.register(model);
        return this;
    }

    /** The registered fields of one record type ({@code lead}, {@code customer}, ...), in declaration order. */
    public List<io.tradewind.api.data.RecordField> fields(String recordType) {
        return fields.of(recordType);
    }

    /**
     * Checks custom field values of a record as the records' API does (ADR 0130): text of at most 500
     * characters, numbers under 1e18 with at most 6 decimals, dates as {@code LocalDate} or
     * {@code yyyy-MM-dd}, a declared choice, a record id for lookups; an unknown key is refused, and on a
     * create a required field must have a value.
     *
     * @param values the values by field key (null clears a value)
     * @param creating whether the record is being created (required fields are then checked)
     * @return the problem of each invalid field by key; empty when every value is valid
     */
    public Map<String, String> validateFields(String recordType, Map<String, ?> values, boolean creating) {
        return fields.validate(recordType, values, creating);
    }

    /** The events the plugin published, in order. */
    public List<PublishedEvent> events() {
        return List.copyOf(events);
    }

    /** The mail the plugin sent, in order. */
    public List<MailMessage> mails() {
        return List.copyOf(mails);
    }

    /** Runs every job registered through {@code scheduler()} once, each with its tenant's context. */
    public void runJobs() {
        for (FakeScheduler.Job job : List.copyOf(jobs)) {
            if (!job.cancelled()) {
                job.work().accept(job.tenant().context());
            }
        }
    }

    /** How many jobs are registered and not cancelled. */
    public int jobCount() {
        return (int) jobs.stream().filter(j -> !j.cancelled()).count();
    }

    /**
     * An event a plugin published.
     *
     * @param tenantId the tenant it was published for
     * @param eventType the plugin's event type
     * @param aggregateType what the event is about
     * @param aggregateId its id, or null
     * @param payload the event's data
     */
    public record PublishedEvent(long tenantId, String eventType, String aggregateType, Long aggregateId,
                                 Map<String, Object> payload) {
    }

    /** One tenant of the fake host. */
    public final class Tenant {

        final long tenantId;
        private PluginSettings settings = PluginSettings.EMPTY;
        private Locale locale = Locale.ENGLISH;

        Tenant(long tenantId) {
            this.tenantId = tenantId;
        }

        /** This tenant's settings of the plugin (not validated against the schema here). */
        public Tenant settings(Map<String, Object> values) {
            settings = new PluginSettings(Json.write(values), values);
            return this;
        }

        /** The language calls run in. */
        public Tenant locale(Locale value) {
            locale = value;
            return this;
        }

        /** A fresh context for one call, as the host passes one into every extension call. */
        public PluginContext context() {
            return new FakeContext(PluginTestkit.this, this, settings, locale);
        }
    }
}
