package io.tradewind.lead.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadAssignmentTest {

    @Test
    void roundRobinWrapsAndStartsOverWhenTheLastOneLeft() {
        List<Long> users = List.of(1L, 2L, 3L);
        assertThat(LeadAssignment.after(users, null)).isEqualTo(1L);
        assertThat(LeadAssignment.after(users, 1L)).isEqualTo(2L);
        assertThat(LeadAssignment.after(users, 3L)).isEqualTo(1L);
        assertThat(LeadAssignment.after(users, 99L)).isEqualTo(1L);
    }

    @Test
    void loadPicksTheFewestOpenLeadsAndTheFirstOnATie() {
        assertThat(LeadAssignment.leastLoaded(List.of(1L, 2L, 3L), Map.of(1L, 5L, 2L, 1L, 3L, 1L))).isEqualTo(2L);
        assertThat(LeadAssignment.leastLoaded(List.of(1L, 2L), Map.of())).isEqualTo(1L);
    }
}
