package io.tradewind.lead.importing;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An import of leads from a file: the job a client polls for progress and the error report. */
@Entity
@Table(name = "lead_import")
public class LeadImport extends TenantEntity {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** What happens to a row that matches an existing lead by phone, e-mail or company name. */
    public enum DuplicatePolicy { SKIP, MERGE }

    private String fileName;
    private String format;
    @Enumerated(EnumType.STRING)
    private Status status = Status.QUEUED;
    @Enumerated(EnumType.STRING)
    private DuplicatePolicy duplicatePolicy;
    private String mapping;
    private long processed;
    private long createdCount;
    private long mergedCount;
    private long skippedCount;
    private long failedCount;
    private String errorMessage;
    private Long createdById;
    private Instant startedAt;
    private Instant finishedAt;

    protected LeadImport() {
    }

    public LeadImport(String fileName, String format, DuplicatePolicy duplicatePolicy, String mapping, Long createdById) {
        this.fileName = fileName;
        this.format = format;
        this.duplicatePolicy = duplicatePolicy;
        this.mapping = mapping;
        this.createdById = createdById;
    }

    void start() {
        status = Status.RUNNING;
        startedAt = Clock.now();
    }

    void count(long rows, long created, long merged, long skipped, long failed) {
        processed += rows;
        createdCount += created;
        mergedCount += merged;
        skippedCount += skipped;
        failedCount += failed;
    }

    void finish(String error) {
        status = error == null ? Status.COMPLETED : Status.FAILED;
        errorMessage = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        finishedAt = Clock.now();
    }

    public String getFileName() { return fileName; }
    public String getFormat() { return format; }
    public Status getStatus() { return status; }
    public DuplicatePolicy getDuplicatePolicy() { return duplicatePolicy; }
    public String getMapping() { return mapping; }
    public long getProcessed() { return processed; }
    public long getCreatedCount() { return createdCount; }
    public long getMergedCount() { return mergedCount; }
    public long getSkippedCount() { return skippedCount; }
    public long getFailedCount() { return failedCount; }
    public String getErrorMessage() { return errorMessage; }
    public Long getCreatedById() { return createdById; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
