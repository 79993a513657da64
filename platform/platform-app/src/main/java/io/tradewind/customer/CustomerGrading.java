package io.tradewind.customer;

import io.tradewind.api.customer.CustomerFacts;
import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Clock;
import io.tradewind.plugin.Extensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private static final Set<String> GRADES = Set.of("A", "B", "C");

    @Inject
    AccountSettings settings;

    @Inject
    Extensions extensions;

    public GradingRules rules() {
        return settings.read(SETTING, GradingRules.class, GradingRules::defaults).value();
    }

    /**
     * Grades {@code customer} by an enabled plugin's grader if one answers with A, B or C, otherwise
     * by the tenant's rules, and records the grade with its reason.
     */
    public Grade grade(Customer customer) {
        GradingRules rules = rules();
        Grade grade = byPlugin(customer).orElseGet(() -> rules.rules().stream().filter(rule -> rule.matches(customer))
                .findFirst()
                .map(rule -> new Grade(rule.grade(), Messages.get("accounts.grade.reason.rule", rule.name())))
                .orElseGet(() -> new Grade(rules.defaultGrade(), Messages.get("accounts.grade.reason.default"))));
        customer.graded(grade.grade(), grade.reason(), Clock.now());
        return grade;
    }

    private Optional<Grade> byPlugin(Customer customer) {
        Map<String, Object> attributes = new HashMap<>();
        putIfSet(attributes, "companySize", customer.getCompanySize());
        putIfSet(attributes, "yearsInBusiness", customer.getYearsInBusiness());
        putIfSet(attributes, "teamSize", customer.getTeamSize());
        putIfSet(attributes, "purchaseCount", customer.getPurchaseCount());
        putIfSet(attributes, "purchaseAmount", customer.getPurchaseAmount());
        CustomerFacts facts = new CustomerFacts(customer.getId(), customer.getName(), customer.getIndustry(),
                customer.getRegionCode(), null, attributes);
        return extensions.gradeCustomer(facts)
                .filter(answer -> GRADES.contains(answer.grade().toUpperCase()))
                .map(answer -> new Grade(answer.grade().toUpperCase(), Messages.get("accounts.grade.reason.plugin",
                        answer.reason() == null ? "-" : answer.reason())));
    }

    private static void putIfSet(Map<String, Object> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    /** A grade set by hand. */
    public Grade manual(Customer customer, String grade, String reason) {
        String why = Messages.get("accounts.grade.reason.manual", reason == null || reason.isBlank() ? "-" : reason.strip());
        customer.graded(grade.toUpperCase(), why, Clock.now());
        return new Grade(grade.toUpperCase(), why);
    }
}
