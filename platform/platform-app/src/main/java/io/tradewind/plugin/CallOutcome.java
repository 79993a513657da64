package io.tradewind.plugin;

import java.util.Optional;

/**
 * What a guarded call into a plugin gave: a value (possibly none) or a failure.
 *
 * @param failure {@code null} when the call succeeded
 */
record CallOutcome<T>(T value, PluginFailure.Kind failure, String detail) {

    static <T> CallOutcome<T> of(T value) {
        return new CallOutcome<>(value, null, null);
    }

    static <T> CallOutcome<T> failed(PluginFailure.Kind kind, String detail) {
        return new CallOutcome<>(null, kind, detail);
    }

    boolean ok() {
        return failure == null;
    }

    Optional<T> optional() {
        return Optional.ofNullable(value);
    }
}
