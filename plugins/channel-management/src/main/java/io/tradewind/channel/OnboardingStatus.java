package io.tradewind.channel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A partner's place in the onboarding pipeline; only the listed moves are allowed. */
enum OnboardingStatus {
    CANDIDATE, EVALUATION, AGREEMENT, ACTIVE, SUSPENDED, TERMINATED;

    Set<OnboardingStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(EVALUATION, TERMINATED);
            case EVALUATION -> EnumSet.of(AGREEMENT, CANDIDATE, TERMINATED);
            case AGREEMENT -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(OnboardingStatus.class);
        };
    }

    boolean canMoveTo(OnboardingStatus target) {
        return next().contains(target);
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OnboardingStatus of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
