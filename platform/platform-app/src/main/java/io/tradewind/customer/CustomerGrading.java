package io.tradewind.customer;

import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Grades a customer A/B/C. The one place grading happens, so plugin graders ({@code CustomerGrader})
 * can be consulted here before the tenant's rules.
 */
@ApplicationScoped
public class CustomerGrading {

    public static final String SETTING = "grading-rules";

    /** A grade and why. */
    public record Grade(String grade, String reason) {
    }

    @Inject
    AccountSettings settings;

    public GradingRules rules() {
        return settings.read(SETTING, GradingRules.class, GradingRules::defaults).value();
    }

    /** Applies the tenant's rules to {@code customer} and records the grade with its reason. */
    public Grade grade(Customer customer) {
        GradingRules rules = rules();
        Grade grade = rules.rules().stream().filter(rule -> rule.matches(customer)).findFirst()
                .map(rule -> new Grade(rule.grade(), Messages.get("accounts.grade.reason.rule", rule.name())))
                .orElseGet(() -> new Grade(rules.defaultGrade(), Messages.get("accounts.grade.reason.default")));
        customer.graded(grade.grade(), grade.reason(), Clock.now());
        return grade;
    }

    /** A grade set by hand. */
    public Grade manual(Customer customer, String grade, String reason) {
        String why = Messages.get("accounts.grade.reason.manual", reason == null || reason.isBlank() ? "-" : reason.strip());
        customer.graded(grade.toUpperCase(), why, Clock.now());
        return new Grade(grade.toUpperCase(), why);
    }
}
