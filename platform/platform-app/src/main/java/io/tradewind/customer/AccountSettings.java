package io.tradewind.customer;

import io.tradewind.audit.AuditLog;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.JsonText;
import io.tradewind.web.Etags;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes the tenant's settings documents. A tenant that never saved one gets the defaults
 * at version 0, so {@code If-Match: "0"} saves the first version.
 */
@ApplicationScoped
public class AccountSettings {

    static final Jsonb JSONB = JsonbBuilder.create();

    /** A settings document with its version (the ETag). */
    public record Versioned<T>(T value, long version) {
    }

    @Inject
    Db db;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Transactional
    public <T> Versioned<T> read(String name, Class<T> type, Supplier<T> defaults) {
        return find(name).map(s -> new Versioned<>(parse(s.getDocument(), type), s.getVersion()))
                .orElseGet(() -> new Versioned<>(defaults.get(), 0));
    }

    @Transactional
    public <T> Versioned<T> write(String name, String ifMatch, T value, Supplier<T> defaults) {
        Optional<AccountSetting> existing = find(name);
        Etags.require(ifMatch, existing.map(AccountSetting::getVersion).orElse(0L));
        Object before = existing.map(s -> (Object) JsonText.parse(s.getDocument())).orElse(defaults.get());
        AccountSetting setting = existing.orElseGet(() -> {
            AccountSetting created = new AccountSetting(name, JsonText.write(value));
            db.em().persist(created);
            return created;
        });
        setting.setDocument(JsonText.write(value));
        db.em().flush();
        audit.record("setting.updated", "setting", setting.getId(), before, value);
        outbox.publish("setting", setting.getId(), "setting." + name + ".updated", value);
        return new Versioned<>(value, setting.getVersion());
    }

    private Optional<AccountSetting> find(String name) {
        return db.em().createQuery("SELECT s FROM AccountSetting s WHERE s.name = :name", AccountSetting.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw Problems.of(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json");
        }
    }
}
