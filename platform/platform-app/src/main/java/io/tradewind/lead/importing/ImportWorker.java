package io.tradewind.lead.importing;

import io.tradewind.audit.AuditLog;
import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import on the managed executor: streams the file row by row and hands the rows to
 * {@link ImportBatch} in batches, each committed on its own, so memory stays flat whatever the
 * file's size and the job's counts show progress as it goes.
 */
@ApplicationScoped
public class ImportWorker {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportBatch batches;

    @Inject
    LeadImportService jobs;

    public void submit(long tenantId, long importId, Path file, String format, Map<String, String> mapping,
                       Locale locale, AuditLog.Actor actor) {
        executor.submit(() -> TenantContext.runAs(tenantId, () -> run(importId, file, format, mapping, locale, actor)));
    }

    private void run(long importId, Path file, String format, Map<String, String> mapping, Locale locale,
                     AuditLog.Actor actor) {
        String error = null;
        try {
            jobs.started(importId);
            List<ImportBatch.Row> batch = new ArrayList<>(BATCH);
            ColumnMapping[] columns = new ColumnMapping[1];
            source(file, format).read(new RowSource.Rows() {
                @Override
                public void header(List<String> names) {
                    columns[0] = ColumnMapping.of(names, mapping);
                }

                @Override
                public void row(long number, List<String> cells) {
                    batch.add(new ImportBatch.Row(number, columns[0].apply(cells)));
                    if (batch.size() == BATCH) {
                        batches.run(importId, List.copyOf(batch), locale);
                        batch.clear();
                    }
                }
            });
            if (!batch.isEmpty()) {
                batches.run(importId, List.copyOf(batch), locale);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Lead import " + importId + " failed", e);
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete the uploaded file " + file, e);
            }
        }
        jobs.finished(importId, error, actor);
    }

    static RowSource source(Path file, String format) {
        return "xlsx".equals(format) ? new XlsxRowSource(file) : new CsvRowSource(file);
    }

    /** The header row of an uploaded file, read before the job is accepted. */
    static List<String> header(Path file, String format) throws IOException {
        List<List<String>> found = new ArrayList<>();
        try {
            source(file, format).read(new RowSource.Rows() {
                @Override
                public void header(List<String> names) {
                    found.add(names);
                    throw new RowSource.Stop();
                }

                @Override
                public void row(long number, List<String> cells) {
                    throw new RowSource.Stop();
                }
            });
        } catch (RowSource.Stop enough) {
            // read what was needed
        }
        return found.isEmpty() ? List.of() : found.get(0);
    }
}
