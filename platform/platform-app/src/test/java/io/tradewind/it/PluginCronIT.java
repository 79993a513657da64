package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin job on a cron schedule (ADR 0216) through the running server: the hello-test plugin
 * ticks on the expression a tenant's settings give, evaluated on that tenant's clock.
 */
class PluginCronIT {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Test
    void aCronJobRunsOnTheTenantsOwnClock() throws InterruptedException {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        // A lives at UTC+14; B keeps the platform's zone (Asia/Shanghai, UTC+8), six hours behind.
        Response tenant = a.admin().get("/tenant");
        a.admin().header("If-Match", tenant.header("ETag")).body(Map.of("timeZone", "Mars/Olympus_Mons")).patch("/tenant")
                .then().statusCode(400).body("errors.field", hasItem("timeZone"));
        a.admin().header("If-Match", tenant.header("ETag")).body(Map.of("timeZone", KIRITIMATI.getId())).patch("/tenant")
                .then().statusCode(200).body("timeZone", equalTo(KIRITIMATI.getId()));

        // Every two seconds, but only during the current hour in Kiritimati (not too close to its end).
        ZonedDateTime there = ZonedDateTime.now(KIRITIMATI);
        if (there.getMinute() == 59 && there.getSecond() > 15) {
            Thread.sleep((61 - there.getSecond()) * 1000L);
            there = ZonedDateTime.now(KIRITIMATI);
        }
        String cron = "*/2 * " + there.getHour() + " * * *";
        Map<String, Object> settings = Map.of("settings", Map.of("greeting", "Hi", "cron", cron));
        a.admin().body(settings).post("/plugins/hello-test/enable").then().statusCode(200);
        b.admin().body(settings).post("/plugins/hello-test/enable").then().statusCode(200);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && ticks(a) < 2) {
                Thread.sleep(500);
            }
            assertThat(ticks(a)).isGreaterThanOrEqualTo(2);
            assertThat(ticks(b)).as("the same hour on the platform's clock is six hours away").isZero();

            // Disabling stops the job.
            a.admin().post("/plugins/hello-test/disable").then().statusCode(200);
            a.admin().body(Map.of("settings", Map.of("greeting", "Hi"))).post("/plugins/hello-test/enable")
                    .then().statusCode(200);
            Thread.sleep(2500); // a run already under way may still finish
            int stopped = ticks(a);
            Thread.sleep(4000);
            assertThat(ticks(a)).isEqualTo(stopped);
        } finally {
            // Leave nothing ticking on the test server (its database outlives the run).
            a.admin().post("/plugins/hello-test/disable");
            b.admin().post("/plugins/hello-test/disable");
        }
    }

    private static int ticks(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/hello-test/ticks").then().statusCode(200).extract().path("ticks");
    }
}
