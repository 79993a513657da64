package io.tradewind.marketplace;

import io.tradewind.web.Problems;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Vendors' public keys and their detached signatures, with the JDK's own providers: Ed25519,
 * ECDSA (P-256 and up) with SHA-256, RSA (2048 bits and up) with SHA-256. The signed message is the
 * package's SHA-256 digest (32 bytes), so a verifier needs the digest, never the package.
 */
final class SigningKeys {

    /** A parsed key: its JDK key factory algorithm and its DER bytes. */
    record Parsed(String algorithm, PublicKey key, byte[] der) {

        String fingerprint() {
            return sha256Hex(der);
        }

        String encoded() {
            return Base64.getEncoder().encodeToString(der);
        }
    }

    private static final List<String> ALGORITHMS = List.of("Ed25519", "EC", "RSA");
    static final int MIN_RSA_BITS = 2048;

    private SigningKeys() {
    }

    /** A key given as PEM ("BEGIN PUBLIC KEY") or base64 DER SubjectPublicKeyInfo; a 400 on {@code field} otherwise. */
    static Parsed parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Problems.invalid(field, "validation.required");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "validation.marketplace.key-unreadable");
        }
        for (String algorithm : ALGORITHMS) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                    throw Problems.invalid(field, "validation.marketplace.key-too-weak", MIN_RSA_BITS);
                }
                return new Parsed(algorithm, key, der);
            } catch (GeneralSecurityException | IllegalArgumentException tryNext) {
                // not a key of this algorithm
            }
        }
        throw Problems.invalid(field, "validation.marketplace.key-unreadable");
    }

    static Parsed decode(String algorithm, String encoded) {
        byte[] der = Base64.getDecoder().decode(encoded);
        try {
            return new Parsed(algorithm, KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)), der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored vendor key cannot be read", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s signature over {@code digest}. */
    static boolean verifies(Parsed key, byte[] digest, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(signatureAlgorithm(key.algorithm()));
            verifier.initVerify(key.key());
            verifier.update(digest);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature is a wrong one
        }
    }

    static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "Ed25519" -> "Ed25519";
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException(keyAlgorithm);
        };
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
