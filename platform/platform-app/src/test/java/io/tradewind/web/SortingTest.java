package io.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SortingTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "e.name", "createdAt", "e.createdAt");

    @Test
    void defaultOrderEndsWithTheId() {
        assertThat(Sorting.orderBy(null, ALLOWED, "e.name", "e.id")).isEqualTo(" ORDER BY e.name, e.id");
    }

    @Test
    void theIdFollowsTheDirectionOfTheLastKey() {
        assertThat(Sorting.orderBy(null, ALLOWED, "e.createdAt DESC", "e.id")).isEqualTo(" ORDER BY e.createdAt DESC, e.id DESC");
        assertThat(Sorting.orderBy("name,-createdAt", ALLOWED, "e.name", "e.id"))
                .isEqualTo(" ORDER BY e.name ASC, e.createdAt DESC, e.id DESC");
        assertThat(Sorting.orderBy(null, ALLOWED, "e.createdAt DESC", "e.id ASC")).isEqualTo(" ORDER BY e.createdAt DESC, e.id ASC");
    }

    @Test
    void clientOrderWithDirections() {
        assertThat(Sorting.orderBy("-createdAt,name", ALLOWED, "e.name", "e.id"))
                .isEqualTo(" ORDER BY e.createdAt DESC, e.name ASC, e.id");
    }

    @Test
    void unknownFieldNamesTheSortParameter() {
        assertThatThrownBy(() -> Sorting.orderBy("password", ALLOWED, "e.name", "e.id"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(p.errors()).extracting(FieldError::field).containsExactly("sort");
                });
    }

    @Test
    void injectionIsJustAnUnknownField() {
        assertThatThrownBy(() -> Sorting.orderBy("name; DROP TABLE x", ALLOWED, "e.name", "e.id"))
                .isInstanceOf(ProblemException.class);
    }
}
