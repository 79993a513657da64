package io.tradewind.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread works for. A request gets it from its verified token only (see
 * {@code io.tradewind.access.CallerFilter}); background work names it explicitly with
 * {@link #callAs}. Nothing else sets it, so a tenant can never come from a header, path or body.
 */
public final class TenantContext {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Long> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void enter(long tenantId) {
        CURRENT.set(tenantId);
    }

    public static void leave() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code tenantId}, restoring whatever tenant was current before. */
    public static <T> T callAs(long tenantId, Callable<T> work) {
        Long previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
