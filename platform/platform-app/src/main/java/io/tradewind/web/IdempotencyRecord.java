package io.tradewind.web;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A create request made with an Idempotency-Key, and the response to replay when it is retried. */
@Entity
@Table(name = "idempotency_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantRecord.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER, primaryKey = false)
public class IdempotencyRecord {

    @Id
    private String idemKey;
    private String requestHash;
    private boolean completed;
    private Integer responseStatus;
    private String responseBody;
    private String responseLocation;
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String idemKey, String requestHash) {
        this.idemKey = idemKey;
        this.requestHash = requestHash;
        this.createdAt = Clock.now();
    }

    void complete(int status, String body, String location) {
        completed = true;
        responseStatus = status;
        responseBody = body;
        responseLocation = location;
    }

    String getRequestHash() {
        return requestHash;
    }

    boolean isCompleted() {
        return completed;
    }

    Integer getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }

    String getResponseLocation() {
        return responseLocation;
    }
}
