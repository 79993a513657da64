package io.tradewind.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void emailsAreNormalized() {
        assertThat(Credentials.normalizeEmail("  Ada@Example.COM ")).isEqualTo("ada@example.com");
    }

    @Test
    void badEmailsAreRefused() {
        assertThat(Credentials.checkEmail("email", "ada@example.com")).isEmpty();
        assertThat(Credentials.checkEmail("email", "ada@example")).isPresent();
        assertThat(Credentials.checkEmail("email", "not an email")).isPresent();
        assertThat(Credentials.checkEmail("email", "")).isPresent();
        assertThat(Credentials.checkEmail("email", "a".repeat(250) + "@x.com")).isPresent();
    }

    @Test
    void weakPasswordsAreRefused() {
        assertThat(Credentials.checkPassword("password", "Secret-Passw0rd", "ada@example.com")).isEmpty();
        assertThat(Credentials.checkPassword("password", "short1", "ada@example.com")).isPresent();
        assertThat(Credentials.checkPassword("password", "onlyletters", "ada@example.com")).isPresent();
        assertThat(Credentials.checkPassword("password", "123456789012", "ada@example.com")).isPresent();
        assertThat(Credentials.checkPassword("password", "password123", "ada@example.com")).isPresent();
        assertThat(Credentials.checkPassword("password", "lovelace2024", "lovelace@example.com")).isPresent();
    }

    @Test
    void secretsCarryTheirTenant() {
        String secret = Secrets.generate(42L);
        assertThat(Secrets.tenantOf(secret)).contains(42L);
        assertThat(Secrets.tenantOf("garbage")).isEmpty();
        assertThat(Secrets.hash(secret)).hasSize(64).isNotEqualTo(Secrets.hash(Secrets.generate(42L)));
    }
}
