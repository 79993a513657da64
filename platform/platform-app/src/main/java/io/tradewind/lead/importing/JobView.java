package io.tradewind.lead.importing;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;

/** A background job as the client polls it; {@code errorReport} links the per-row report once there is one. */
public record JobView(String id, String type, String status, String fileName, String format, String duplicates,
                      long processed, long created, long merged, long skipped, long failed, String error,
                      String errorReport, Instant startedAt, Instant finishedAt, Instant createdAt, long version)
        implements Versioned {

    public static JobView of(LeadImport job) {
        String id = Ids.format(job.getId());
        boolean reportReady = job.getFailedCount() > 0
                && (job.getStatus() == LeadImport.Status.COMPLETED || job.getStatus() == LeadImport.Status.FAILED);
        return new JobView(id, "lead-import", job.getStatus().name().toLowerCase(), job.getFileName(), job.getFormat(),
                job.getDuplicatePolicy().name().toLowerCase(), job.getProcessed(), job.getCreatedCount(),
                job.getMergedCount(), job.getSkippedCount(), job.getFailedCount(), job.getErrorMessage(),
                reportReady ? "/api/v1/jobs/" + id + "/error-report" : null, job.getStartedAt(), job.getFinishedAt(),
                job.getCreatedAt(), job.getVersion());
    }
}
