package io.tradewind.plugin;

import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cuts off plugin calls that run on the caller's own thread (ADR 0215). Each thread has one slot,
 * marked while the thread is inside a plugin; {@link #sweep}, run every few milliseconds by the
 * host's scheduler, interrupts a thread whose call overran the timeout. Marking costs a clock read
 * and two atomic writes, so an inline call stays well under a microsecond.
 */
final class InlineWatch {

    private final long timeoutNanos;
    private final Queue<Slot> slots = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Slot> mine = ThreadLocal.withInitial(this::register);

    InlineWatch(long timeoutMillis) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    Slot begin() {
        Slot slot = mine.get();
        slot.begin(System.nanoTime() + timeoutNanos);
        return slot;
    }

    /** Interrupts every thread whose plugin call is past its deadline; forgets threads that died. */
    void sweep() {
        long now = System.nanoTime();
        for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            Thread thread = slot.thread.get();
            if (thread == null) {
                it.remove();
            } else {
                slot.cutIfOverdue(thread, now);
            }
        }
    }

    private Slot register() {
        Slot slot = new Slot(Thread.currentThread());
        slots.add(slot);
        return slot;
    }

    /**
     * One thread's mark. The state counts calls in its upper bits, so that a sweep that saw call n
     * overdue can never cut call n + 1 that started meanwhile.
     */
    static final class Slot {

        private static final long IDLE = 0;
        private static final long RUNNING = 1;
        private static final long CUTTING = 2;
        private static final long CUT = 3;

        private final WeakReference<Thread> thread;
        private final AtomicLong state = new AtomicLong();
        private volatile long deadline;

        private Slot(Thread thread) {
            this.thread = new WeakReference<>(thread);
        }

        private void begin(long deadline) {
            this.deadline = deadline;
            state.set(((state.get() >>> 2) + 1) << 2 | RUNNING);
        }

        /** Ends the call; false when the sweep cut it off (its interrupt is then cleared here). */
        boolean end() {
            long running = state.get();
            if ((running & 3) == RUNNING && state.compareAndSet(running, running - RUNNING + IDLE)) {
                return true;
            }
            while ((state.get() & 3) != CUT) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            state.set(state.get() - CUT + IDLE);
            return false;
        }

        private void cutIfOverdue(Thread owner, long now) {
            long seen = state.get();
            if ((seen & 3) == RUNNING && now - deadline > 0 && state.compareAndSet(seen, seen - RUNNING + CUTTING)) {
                owner.interrupt();
                state.set(seen - RUNNING + CUT);
            }
        }
    }
}
