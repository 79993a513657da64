package io.tradewind.access;

import io.tradewind.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current request, set by {@link CallerFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> optional() {
        return Optional.ofNullable(caller);
    }

    /** The caller, or a 401 problem on an endpoint that was reached without one. */
    public Caller get() {
        if (caller == null) {
            throw Problems.unauthorized();
        }
        return caller;
    }
}
