package io.tradewind.api.data;

import java.util.Optional;

/**
 * Read access to the tenant's core records. Writes to core records go through the core's own
 * rules, so plugins change them only by answering extension calls (routing, scoring, grading).
 */
public interface Records {

    /**
     * A record by type and id.
     *
     * @param type {@code lead}, {@code customer}, {@code opportunity} or {@code order}
     * @param id the record id
     * @return the record, empty when the tenant has none with that id or the type is unknown
     */
    Optional<RecordView> find(String type, long id);
}
