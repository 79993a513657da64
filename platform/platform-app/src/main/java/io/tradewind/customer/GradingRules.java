package io.tradewind.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tenant's grading rules (A/B/C screening, seed 003 ch.2): the first rule whose every condition
 * holds gives the grade, and its name is recorded as the reason; none holding gives
 * {@code defaultGrade}. A condition left out does not count.
 */
@Schema(name = "GradingRules")
public record GradingRules(@NotNull @Size(max = 50) List<@Valid @NotNull Rule> rules,
                           @NotNull @Pattern(regexp = "[ABC]") @Schema(examples = "C") String defaultGrade) {

    public record Rule(@NotNull @Pattern(regexp = "[ABC]") @Schema(examples = "A") String grade,
                       @NotBlank @Size(max = 100) @Schema(examples = "规模100人以上且经营5年以上") String name,
                       Integer minCompanySize, Integer minYearsInBusiness, Integer minTeamSize,
                       @Schema(description = "Region code prefixes, e.g. 32 for 江苏省") List<String> regionCodes,
                       List<String> industries, List<String> tags) {

        boolean matches(Customer c) {
            return atLeast(c.getCompanySize(), minCompanySize) && atLeast(c.getYearsInBusiness(), minYearsInBusiness)
                    && atLeast(c.getTeamSize(), minTeamSize)
                    && (empty(regionCodes) || c.getRegionCode() != null
                        && regionCodes.stream().anyMatch(c.getRegionCode()::startsWith))
                    && (empty(industries) || industries.contains(c.getIndustry()))
                    && (empty(tags) || c.getTags().stream().anyMatch(tags::contains));
        }

        private static boolean atLeast(Integer value, Integer min) {
            return min == null || value != null && value >= min;
        }

        private static boolean empty(List<String> values) {
            return values == null || values.isEmpty();
        }
    }

    public static GradingRules defaults() {
        return new GradingRules(List.of(
                new Rule("A", "规模100人以上、经营5年以上、团队10人以上", 100, 5, 10, null, null, null),
                new Rule("B", "规模20人以上、经营2年以上", 20, 2, null, null, null, null)), "C");
    }
}
