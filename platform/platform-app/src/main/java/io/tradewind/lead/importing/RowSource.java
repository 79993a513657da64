package io.tradewind.lead.importing;

import java.io.IOException;
import java.util.List;

/** A file read row by row, never whole: the header first, then each data row with its 1-based row number. */
interface RowSource {

    /** Receives the rows as they are read. */
    interface Rows {
        void header(List<String> names);

        void row(long number, List<String> cells);
    }

    void read(Rows rows) throws IOException;

    /** Thrown by a receiver that has read enough (the header check stops after the first row). */
    final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
