package io.tradewind.api.customer;

import java.util.Objects;

/**
 * A customer's grade, such as {@code A}, {@code B} or {@code C}.
 *
 * @param grade the grade
 * @param reason why, shown to users
 */
public record CustomerGrade(String grade, String reason) {

    /** Checks the grade. */
    public CustomerGrade {
        Objects.requireNonNull(grade, "grade");
    }
}
