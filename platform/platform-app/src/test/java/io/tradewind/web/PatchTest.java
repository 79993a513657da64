package io.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void absentFieldsStayNullClearsOptionalFields() {
        List<Object> seen = new ArrayList<>();
        Patch.of(json("{\"phone\":null}"), "name", "phone")
                .text("name", 10, seen::add)
                .optionalText("phone", 10, value -> seen.add(value == null ? "cleared" : value))
                .apply();
        assertThat(seen).containsExactly("cleared");
    }

    @Test
    void everyInvalidFieldIsNamedInOneProblem() {
        assertThatThrownBy(() -> Patch.of(json("{\"name\":\"\",\"sortOrder\":\"x\",\"secret\":1}"), "name", "sortOrder")
                .text("name", 10, v -> { })
                .integer("sortOrder", 0, 10, v -> { })
                .apply())
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("secret", "name", "sortOrder"));
    }

    @Test
    void requiredTextCannotBeNull() {
        assertThatThrownBy(() -> Patch.of(json("{\"name\":null}"), "name").text("name", 10, v -> { }).apply())
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.errors()).extracting(FieldError::field).containsExactly("name"));
    }

    @Test
    void textIsStrippedAndBounded() {
        List<String> seen = new ArrayList<>();
        Patch.of(json("{\"name\":\"  Ada  \"}"), "name").text("name", 3, seen::add).apply();
        assertThat(seen).containsExactly("Ada");
        assertThatThrownBy(() -> Patch.of(json("{\"name\":\"Adam\"}"), "name").text("name", 3, v -> { }).apply())
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void enumsReadLowerCaseWithDashes() {
        List<ProblemType> seen = new ArrayList<>();
        Patch.of(json("{\"type\":\"not-found\"}"), "type").enumValue("type", ProblemType.class, seen::add).apply();
        assertThat(seen).containsExactly(ProblemType.NOT_FOUND);
    }
}
