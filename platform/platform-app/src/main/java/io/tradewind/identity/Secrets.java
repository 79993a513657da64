package io.tradewind.identity;

import io.tradewind.persistence.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque secrets handed to clients (refresh tokens, invitation and reset links): {@code <tenant>.<random>}.
 * The tenant prefix lets the server find the secret inside that tenant's rows; only a SHA-256 of the
 * whole secret is stored.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String generate(long tenantId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Ids.format(tenantId) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static Optional<Long> tenantOf(String secret) {
        if (secret == null) {
            return Optional.empty();
        }
        int dot = secret.indexOf('.');
        return dot <= 0 ? Optional.empty() : Ids.parse(secret.substring(0, dot));
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random password for generated accounts. */
    public static String password() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7a";
    }
}
