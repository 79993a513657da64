package io.tradewind.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.web.ProblemException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static byte[] sign(KeyPair keys, String algorithm, byte[] digest) throws Exception {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(keys.getPrivate());
        signer.update(digest);
        return signer.sign();
    }

    private static KeyPair generate(String algorithm, int size) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (size > 0) {
            generator.initialize(size);
        }
        return generator.generateKeyPair();
    }

    @Test
    void verifiesEd25519EcdsaAndRsaSignaturesOverTheDigest() throws Exception {
        byte[] digest = SigningKeys.sha256().digest("package".getBytes());
        byte[] other = SigningKeys.sha256().digest("changed".getBytes());
        for (Object[] c : new Object[][] {{"Ed25519", 0, "Ed25519"}, {"EC", 256, "SHA256withECDSA"}, {"RSA", 2048, "SHA256withRSA"}}) {
            KeyPair keys = generate((String) c[0], (Integer) c[1]);
            SigningKeys.Parsed parsed = SigningKeys.parse("publicKey",
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            assertThat(parsed.algorithm()).isEqualTo(c[0]);
            byte[] signature = sign(keys, (String) c[2], digest);
            SigningKeys.Parsed stored = SigningKeys.decode(parsed.algorithm(), parsed.encoded());
            assertThat(SigningKeys.verifies(stored, digest, signature)).as((String) c[0]).isTrue();
            assertThat(SigningKeys.verifies(stored, other, signature)).as((String) c[0]).isFalse();
            assertThat(SigningKeys.verifies(stored, digest, new byte[] {1, 2, 3})).isFalse();
        }
    }

    @Test
    void refusesUnreadableAndWeakKeys() throws Exception {
        assertThatThrownBy(() -> SigningKeys.parse("publicKey", "bm90IGEga2V5")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SigningKeys.parse("publicKey", "%%%")).isInstanceOf(ProblemException.class);
        String weak = Base64.getEncoder().encodeToString(generate("RSA", 1024).getPublic().getEncoded());
        assertThatThrownBy(() -> SigningKeys.parse("publicKey", weak)).isInstanceOf(ProblemException.class);
    }

    @Test
    void acceptsPem() throws Exception {
        KeyPair keys = generate("Ed25519", 0);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(SigningKeys.parse("publicKey", pem).der()).isEqualTo(keys.getPublic().getEncoded());
    }
}
