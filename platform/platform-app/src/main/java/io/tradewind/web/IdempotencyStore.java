package io.tradewind.web;

import io.tradewind.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Idempotency records, each step in its own transaction so the claim is visible at once. */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    Db db;

    /** Claims {@code key}; empty when this request is the first with it, else the earlier record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<IdempotencyRecord> claim(String key, String requestHash) {
        IdempotencyRecord existing = db.em().find(IdempotencyRecord.class, key);
        if (existing != null) {
            return Optional.of(existing);
        }
        db.em().persist(new IdempotencyRecord(key, requestHash));
        try {
            db.em().flush();
        } catch (PersistenceException raced) {
            throw Problems.of(ProblemType.IDEMPOTENCY_IN_PROGRESS, "problem.idempotency-in-progress.detail");
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String key, int status, String body, String location) {
        IdempotencyRecord record = db.em().find(IdempotencyRecord.class, key);
        if (record != null) {
            record.complete(status, body, location);
        }
    }

    /** Forgets a key whose request failed on the server side, so the client may retry it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key) {
        IdempotencyRecord record = db.em().find(IdempotencyRecord.class, key);
        if (record != null) {
            db.em().remove(record);
        }
    }
}
