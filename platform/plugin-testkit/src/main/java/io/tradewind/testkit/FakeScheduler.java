package io.tradewind.testkit;

import io.tradewind.api.PluginContext;
import java.time.Duration;
import java.util.function.Consumer;

/** Jobs registered through the fake scheduler: they run when the test says so ({@link PluginTestkit#runJobs()}). */
final class FakeScheduler {

    private FakeScheduler() {
    }

    static final class Job {

        private final PluginTestkit.Tenant tenant;
        private final String name;
        private final Duration interval;
        private final Consumer<PluginContext> work;
        private volatile boolean cancelled;

        Job(PluginTestkit.Tenant tenant, String name, Duration interval, Consumer<PluginContext> work) {
            this.tenant = tenant;
            this.name = name;
            this.interval = interval;
            this.work = work;
        }

        PluginTestkit.Tenant tenant() {
            return tenant;
        }

        String name() {
            return name;
        }

        Duration interval() {
            return interval;
        }

        Consumer<PluginContext> work() {
            return work;
        }

        boolean cancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }
    }
}
