package io.tradewind.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeycloakIdentitiesTest {

    @Test
    void theOrganizationClaimIsAListOfAliasesOrAnObjectKeyedByAlias() {
        assertThat(KeycloakIdentities.organizations(Json.createArrayBuilder().add("acme").build()))
                .containsExactly("acme");
        assertThat(KeycloakIdentities.organizations(Json.createObjectBuilder()
                .add("acme", Json.createObjectBuilder().add("id", "42")).build())).containsExactly("acme");
        assertThat(KeycloakIdentities.organizations(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(KeycloakIdentities.organizations(null)).isEmpty();
    }
}
