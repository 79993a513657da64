package io.tradewind.tenancy;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Records the SQL of every call EclipseLink sends (registered on the test persistence unit of
 * {@link TenantWritesIT} as {@code eclipselink.session-event-listener}).
 */
public class SqlCapture extends SessionEventAdapter {

    private static final List<String> STATEMENTS = new ArrayList<>();

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (event.getCall() instanceof DatabaseCall call && call.getSQLString() != null) {
            synchronized (STATEMENTS) {
                STATEMENTS.add(call.getSQLString());
            }
        }
    }

    static void clear() {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
        }
    }

    /** The statements recorded since {@link #clear()} that start with {@code verb} (UPDATE, DELETE, ...). */
    static List<String> statements(String verb) {
        synchronized (STATEMENTS) {
            return STATEMENTS.stream().filter(sql -> sql.regionMatches(true, 0, verb, 0, verb.length())).toList();
        }
    }
}
