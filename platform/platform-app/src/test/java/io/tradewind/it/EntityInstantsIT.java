package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.f4b6a3.tsid.Tsid;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Entity instants keep their microseconds in the database, and JPQL filters compare them at that precision,
 * on MariaDB too, where MySQL Connector/J drops the fraction of a bound timestamp (ADR 0134).
 */
class EntityInstantsIT {

    private static final String DUE = "2030-03-05T02:00:00.493707Z";

    @Test
    void aNextStepKeepsTheMicrosecondsOfItsDueTimeAndIsFilteredByThem() throws Exception {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String lead = rep.as().body(Map.of("name", "微秒线索", "source", "phone", "ownerId", rep.id())).post("/leads").path("id");
        String activity = rep.as().body(Map.of("type", "call", "subject", "微秒", "leadId", lead, "nextStep", "回电",
                "nextStepDueAt", DUE)).post("/activities").then().statusCode(201).extract().path("id");

        rep.as().get("/activities/" + activity).then().statusCode(200).body("nextStepDueAt", equalTo(DUE));
        rep.as().queryParam("kind", "next-step").get("/reminders").then().body("total", equalTo(1))
                .body("items[0].dueAt", equalTo(DUE));
        assertThat(nextStepsDueBefore(rep, lead, "2030-03-05T02:00:00.493708Z")).isEqualTo(1);
        assertThat(nextStepsDueBefore(rep, lead, DUE)).isZero();
        if (Api.onMariaDb()) {
            assertThat(storedText("SELECT CAST(next_step_due_at AS CHAR) FROM activity WHERE id = ?", activity))
                    .isEqualTo("2030-03-05 02:00:00.493707");
        }
    }

    @Test
    void aLeadKeepsTheMicrosecondsOfItsCreationAndIsFilteredByThem() {
        Api.TestTenant tenant = Api.signup();
        String name = Api.unique("微秒");
        Response created = tenant.admin().body(Map.of("name", name, "source", "phone")).post("/leads");
        created.then().statusCode(201);
        String id = created.path("id");
        Instant createdAt = Instant.parse(created.path("createdAt"));

        tenant.admin().get("/leads/" + id).then().statusCode(200).body("createdAt", equalTo(createdAt.toString()));
        assertThat(leadsCreatedFrom(tenant, name, createdAt)).isEqualTo(1);
        assertThat(leadsCreatedFrom(tenant, name, createdAt.plusNanos(1000))).isZero();
    }

    private static int nextStepsDueBefore(Api.Member rep, String lead, String before) {
        return rep.as().queryParam("leadId", lead).queryParam("nextStepDueBefore", before).get("/activities")
                .then().statusCode(200).extract().path("total");
    }

    private static int leadsCreatedFrom(Api.TestTenant tenant, String name, Instant from) {
        return tenant.admin().queryParam("q", name).queryParam("createdFrom", from.toString()).get("/leads")
                .then().statusCode(200).extract().path("total");
    }

    /** One value of the row with {@code id}, read straight from the database (reachable in the MariaDB run). */
    private static String storedText(String sql, String id) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("tradewind.dbUrl"),
                System.getProperty("tradewind.dbUser"), System.getProperty("tradewind.dbPassword", ""));
             PreparedStatement read = db.prepareStatement(sql)) {
            read.setLong(1, Tsid.from(id).toLong());
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
