package io.tradewind.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The product as operators run it: {@code java -jar tradewind.jar} with nothing but a data
 * directory and a port, on the embedded H2 database. Data survives a restart.
 */
class RunnableJarIT {

    @Test
    void theRunnableJarServesAndKeepsItsDataAcrossRestarts() throws Exception {
        Assumptions.assumeFalse(Api.onMariaDb(), "the runnable jar is checked once, on its embedded database");
        File jar = new File(System.getProperty("tradewind.jar", "target/tradewind.jar"));
        assertThat(jar).exists();
        Path work = Files.createTempDirectory("tradewind-jar-it");
        int port = freePort();
        String base = "http://localhost:" + port;
        String email = Api.unique("restart") + "@jar.test";

        Process first = start(jar, work, port, Map.of());
        try {
            awaitReady(base, first);
            given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("companyName", "Restart Co", "adminName", "R", "email", email, "password", Api.PASSWORD))
                    .post("/api/v1/signup").then().statusCode(201);
        } finally {
            stop(first);
        }

        Process second = start(jar, work, port, Map.of());
        try {
            awaitReady(base, second);
            String token = given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", Api.PASSWORD))
                    .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
            given().baseUri(base).header("Authorization", "Bearer " + token).get("/api/v1/me")
                    .then().statusCode(200);
            // First-party plugins ship inside the jar: installed into the data folder, in the tenant's catalog
            given().baseUri(base).header("Authorization", "Bearer " + token).get("/api/v1/plugins")
                    .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem("channel-management"));
            try (var installed = Files.list(work.resolve("data").resolve("plugins"))) {
                assertThat(installed.map(f -> f.getFileName().toString())).anyMatch(f -> f.startsWith("channel-management"));
            }
        } finally {
            stop(second);
        }
    }

    /**
     * The database goes away under a running server (its H2 TCP server stops): readiness turns DOWN,
     * liveness stays UP within its grace, a request that needs the database is a 503 problem to
     * retry (not a 500), and the server is ready again as soon as the database is back.
     */
    @Test
    void aDatabaseOutageTakesTheServerOutOfReadinessUntilTheDatabaseIsBack() throws Exception {
        Assumptions.assumeFalse(Api.onMariaDb(), "the outage is staged once, with an H2 TCP server");
        File jar = new File(System.getProperty("tradewind.jar", "target/tradewind.jar"));
        Path work = Files.createTempDirectory("tradewind-outage-it");
        String[] databaseArgs = {"-tcpPort", Integer.toString(freePort()), "-ifNotExists",
                "-baseDir", work.resolve("db").toString()};
        Server database = Server.createTcpServer(databaseArgs).start();
        int port = freePort();
        String base = "http://localhost:" + port;
        Process server = start(jar, work, port, Map.of("TRADEWIND_DB_URL", "jdbc:h2:tcp://localhost:" + database.getPort()
                + "/tradewind;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"));
        try {
            awaitReady(base, server);
            database.stop();
            awaitStatus(base + "/health/ready", 503);
            given().baseUri(base).get("/health/ready").then().body("checks[0].data.reachable", equalTo(false));
            given().baseUri(base).get("/health/live").then().statusCode(200);
            given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("email", "nobody@outage.test", "password", Api.PASSWORD)).post("/api/v1/auth/token")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", equalTo("https://tradewind.io/problems/unavailable"));

            database = Server.createTcpServer(databaseArgs).start();
            awaitReady(base, server);
        } finally {
            stop(server);
            database.stop();
        }
    }

    private static void awaitStatus(String url, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (given().get(url).statusCode() != status) {
            assertThat(System.nanoTime()).as(url + " answers " + status).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static Process start(File jar, Path work, int port, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.getAbsolutePath());
        builder.environment().put("TRADEWIND_HTTP_PORT", Integer.toString(port));
        builder.environment().put("TRADEWIND_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("WLP_JAR_EXTRACT_DIR", work.resolve("extract-" + System.nanoTime()).toString());
        builder.environment().put("TRADEWIND_LOG_FORMAT", "simple");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(work.resolve("server-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private static void awaitReady(String base, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server process is running").isTrue();
            try {
                if (given().baseUri(base).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("tradewind.jar did not become ready at " + base);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
