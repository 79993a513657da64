package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.anonymous;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users, seats, invitations and password resets by mail, and data scopes. */
class UsersIT {

    private static Map<String, Object> invite(String email, String role) {
        return Map.of("email", email, "name", "用户 " + role, "roles", List.of(role));
    }

    @Test
    void seatsAreLimitedByThePlanAndNothingIsHalfCreated() {
        Api.TestTenant tenant = Api.signup();
        for (int i = 0; i < 4; i++) {
            tenant.admin().body(invite(unique("seat") + "@seats.test", "sales-rep")).post("/users").then().statusCode(201);
        }
        String oneTooMany = unique("extra") + "@seats.test";
        tenant.admin().body(invite(oneTooMany, "sales-rep")).post("/users")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/seat-limit-reached"))
                .body("limit", equalTo(5))
                .body("used", equalTo(5));
        tenant.admin().queryParam("q", oneTooMany).get("/users").then().body("total", equalTo(0));
        // The refused e-mail has no account anywhere: it can still found its own tenant.
        anonymous().body(Map.of("companyName", "Extra Co", "adminName", "E", "email", oneTooMany, "password", PASSWORD))
                .post("/signup").then().statusCode(201);
        tenant.admin().get("/tenant").then().statusCode(200)
                .body("seats.used", equalTo(5)).body("seats.limit", equalTo(5)).body("plan.code", equalTo("trial"));

        String someone = tenant.admin().queryParam("status", "invited").get("/users").path("items[0].id");
        tenant.admin().post("/users/" + someone + "/disable").then().statusCode(200).body("status", equalTo("disabled"));
        tenant.admin().body(invite(oneTooMany.replace("extra", "late"), "sales-rep")).post("/users").then().statusCode(201);
        tenant.admin().post("/users/" + someone + "/enable").then().statusCode(409)
                .body("type", equalTo("https://tradewind.io/problems/seat-limit-reached"));
    }

    @Test
    void anInvitationArrivesByMailAndActivatesTheUser() throws Exception {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        String email = unique("invitee") + "@mail.test";
        tenant.admin().body(Map.of("email", email, "name", "新同事", "roles", List.of("sales-rep"), "locale", "zh-CN"))
                .post("/users").then().statusCode(201).body("user.status", equalTo("invited"));
        MimeMessage mail = MailServer.awaitMail(email, "accept-invitation");
        assertThat(mail.getSubject()).contains("邀请");
        String token = Api.acceptInvitation(MailServer.link(mail), PASSWORD);
        Api.bearer(token).get("/me").then().statusCode(200)
                .body("user.email", equalTo(email)).body("user.status", equalTo("active"))
                .body("roles", equalTo(List.of("sales-rep")));
        // A link works once.
        anonymous().body(Map.of("token", Api.tokenOf(MailServer.link(mail)), "password", PASSWORD))
                .post("/auth/invitations/accept").then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/invalid-token"));
    }

    @Test
    void passwordResetByMail() throws Exception {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        anonymous().body(Map.of("email", tenant.adminEmail())).post("/auth/password-reset").then().statusCode(202);
        anonymous().body(Map.of("email", unique("ghost") + "@nowhere.test")).post("/auth/password-reset")
                .then().statusCode(202);
        MimeMessage mail = MailServer.awaitMail(tenant.adminEmail(), "reset-password");
        String token = Api.tokenOf(MailServer.link(mail));
        anonymous().body(Map.of("token", token, "password", "weak")).post("/auth/password-reset/confirm")
                .then().statusCode(400).body("errors.field", hasItem("password"));
        anonymous().body(Map.of("token", token, "password", "Brand-New-Passw0rd")).post("/auth/password-reset/confirm")
                .then().statusCode(204);
        Api.login(tenant.adminEmail(), "Brand-New-Passw0rd", null);
        anonymous().body(Map.of("email", tenant.adminEmail(), "password", PASSWORD)).post("/auth/token")
                .then().statusCode(401);
    }

    @Test
    void anAdminResetSendsTheUserALink() throws Exception {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        tenant.admin().post("/users/" + rep.id() + "/reset-password").then().statusCode(202);
        MimeMessage mail = MailServer.awaitMail(rep.email(), "reset-password");
        assertThat(MailServer.link(mail)).contains("/#/reset-password?token=");
    }

    @Test
    void disabledUsersAreRefusedAtOnce() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().get("/me").then().statusCode(200);
        tenant.admin().post("/users/" + rep.id() + "/disable").then().statusCode(200);
        rep.as().get("/me").then().statusCode(401)
                .body("type", equalTo("https://tradewind.io/problems/account-disabled"));
        anonymous().body(Map.of("email", rep.email(), "password", PASSWORD)).post("/auth/token")
                .then().statusCode(401).body("type", equalTo("https://tradewind.io/problems/account-disabled"));
    }

    @Test
    void theLastAdminStays() {
        Api.TestTenant tenant = Api.signup();
        String etag = tenant.admin().get("/users/" + tenant.adminId()).header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("roles", List.of("sales-rep")))
                .patch("/users/" + tenant.adminId())
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("administrator"));
        tenant.admin().post("/users/" + tenant.adminId() + "/disable").then().statusCode(409);
    }

    @Test
    void nobodyGrantsWhatTheyDoNotHave() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(Map.of("code", "user-admin", "name", "用户管理员",
                        "permissions", List.of("users.read", "users.manage"), "dataScope", "all"))
                .post("/roles").then().statusCode(201);
        Api.Member userAdmin = tenant.member("user-admin", null);
        userAdmin.as().body(invite(unique("x") + "@esc.test", "tenant-admin")).post("/users")
                .then().statusCode(400).body("errors.field", hasItem("roles"));
        userAdmin.as().body(invite(unique("x") + "@esc.test", "user-admin")).post("/users").then().statusCode(201);
    }

    @Test
    void dataScopesDecideWhichUsersAreVisible() {
        Api.TestTenant tenant = Api.signup();
        String east = tenant.admin().body(Map.of("name", "华东区")).post("/departments").path("id");
        String shanghai = tenant.admin().body(Map.of("name", "上海", "parentId", east)).post("/departments").path("id");
        String west = tenant.admin().body(Map.of("name", "华西区")).post("/departments").path("id");
        Api.Member manager = tenant.member("sales-manager", east);
        Api.Member inShanghai = tenant.member("sales-rep", shanghai);
        Api.Member inWest = tenant.member("sales-assistant", west);

        Response visible = manager.as().queryParam("size", 50).get("/users");
        visible.then().statusCode(200);
        List<String> ids = visible.path("items.id");
        assertThat(ids).contains(manager.id(), inShanghai.id()).doesNotContain(inWest.id(), tenant.adminId());
        manager.as().get("/users/" + inWest.id()).then().statusCode(404);
        manager.as().get("/users/" + inShanghai.id()).then().statusCode(200);

        List<String> assistantSees = inWest.as().queryParam("size", 50).get("/users").path("items.id");
        assertThat(assistantSees).containsExactly(inWest.id());

        inShanghai.as().get("/users").then().statusCode(403)
                .body("type", equalTo("https://tradewind.io/problems/forbidden"));
        inShanghai.as().body(invite(unique("x") + "@scope.test", "sales-rep")).post("/users").then().statusCode(403);
        tenant.admin().queryParam("size", 50).get("/users").then().body("items.id", hasItem(inWest.id()))
                .body("items.id", not(hasItem("nobody")));
    }

    @Test
    void usersAreFilteredSortedAndPaged() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(invite("alpha-" + unique("a") + "@page.test", "finance")).post("/users").then().statusCode(201);
        tenant.admin().body(invite("beta-" + unique("b") + "@page.test", "logistics")).post("/users").then().statusCode(201);
        tenant.admin().queryParam("role", "finance").get("/users").then().body("total", equalTo(1))
                .body("items[0].roles", equalTo(List.of("finance")));
        tenant.admin().queryParam("q", "beta-").get("/users").then().body("total", equalTo(1));
        tenant.admin().queryParam("size", 1).queryParam("page", 2).queryParam("sort", "email").get("/users")
                .then().body("total", equalTo(3)).body("items.size()", equalTo(1))
                .body("items[0].email", org.hamcrest.Matchers.startsWith("alpha-"));
    }
}
