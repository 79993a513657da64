package io.tradewind.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** keycloak-admin-client runs from the jars the build packs as resources, in its own class loader (ADR 0255). */
class AdminClientLoaderTest {

    @Test
    void theAdminClientRunsOnItsOwnRestEasyAndReportsAnUnreachableKeycloakAsOurs() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KeycloakAdminApi client = AdminClientLoader.load("http://127.0.0.1:" + closedPort, "tradewind",
                "tradewind-backend", "secret")) {
            KeycloakException e = catchThrowableOfType(KeycloakException.class,
                    () -> client.findUserByEmail("someone@example.com"));

            assertThat(e.status()).isZero();
            // The Jakarta REST exception underneath is the isolated client's own, not the application's.
            assertThat(e.getCause()).isInstanceOf(RuntimeException.class);
            assertThat(e.getCause().getClass().getName()).isEqualTo("jakarta.ws.rs.ProcessingException");
            assertThat(e.getCause().getClass()).isNotSameAs(jakarta.ws.rs.ProcessingException.class);
            assertThat(e.getCause().getClass().getClassLoader().getName()).isEqualTo("keycloak-admin-client");
        }
    }
}
