package io.tradewind.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void matchingVersionPasses() {
        assertThatCode(() -> Etags.require("\"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.require("W/\"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.require("\"3\", \"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.require("*", 7)).doesNotThrowAnyException();
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertThatThrownBy(() -> Etags.require(null, 1))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> org.assertj.core.api.Assertions.assertThat(p.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Etags.require(" ", 1)).isInstanceOf(ProblemException.class);
    }

    @Test
    void staleVersionIsPreconditionFailedWithCurrentEtag() {
        assertThatThrownBy(() -> Etags.require("\"6\"", 7))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    org.assertj.core.api.Assertions.assertThat(p.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
                    org.assertj.core.api.Assertions.assertThat(p.headers()).containsEntry("ETag", "\"7\"");
                });
    }
}
