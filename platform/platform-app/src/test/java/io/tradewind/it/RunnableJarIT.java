package io.tradewind.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

        Process first = start(jar, work, port);
        try {
            awaitReady(base, first);
            given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("companyName", "Restart Co", "adminName", "R", "email", email, "password", Api.PASSWORD))
                    .post("/api/v1/signup").then().statusCode(201);
        } finally {
            stop(first);
        }

        Process second = start(jar, work, port);
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

    private static Process start(File jar, Path work, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.getAbsolutePath());
        builder.environment().put("TRADEWIND_HTTP_PORT", Integer.toString(port));
        builder.environment().put("TRADEWIND_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("WLP_JAR_EXTRACT_DIR", work.resolve("extract-" + System.nanoTime()).toString());
        builder.environment().put("TRADEWIND_LOG_FORMAT", "simple");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("server-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private static void awaitReady(String base, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
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
