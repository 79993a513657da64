package io.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ExceptionMappingTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("persistence failed", new RuntimeException(cause));
    }

    @Test
    void anUnreachableDatabaseIsA503ProblemToRetry() {
        for (SQLException unreachable : new SQLException[] {
                new SQLRecoverableException("Communications link failure", "08S01"),
                new SQLTransientConnectionException("Connection not available, timed out"),
                new SQLNonTransientConnectionException("Connection is broken", "90067"),
                new SQLException("Connection refused", "08001"),
                new SQLNonTransientException("Connection is broken DSRA0010E: SQL State = 90067", "90067")}) {
            ProblemException problem = ExceptionMapping.toProblem(wrapped(unreachable));
            assertThat(problem.type()).as(unreachable.toString()).isEqualTo(ProblemType.UNAVAILABLE);
            assertThat(problem.type().status()).isEqualTo(503);
            assertThat(problem.headers()).containsEntry("Retry-After", "5");
        }
    }

    @Test
    void otherDatabaseFailuresStayInternalOrConflicts() {
        assertThat(ExceptionMapping.toProblem(wrapped(new SQLException("syntax", "42000")))).extracting(ProblemException::type)
                .isEqualTo(ProblemType.INTERNAL);
        assertThat(ExceptionMapping.toProblem(wrapped(new SQLException("duplicate", "23000")))).extracting(ProblemException::type)
                .isEqualTo(ProblemType.CONFLICT);
    }
}
