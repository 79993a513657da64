package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.tradewind.persistence.InstantConverter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The RSA keys that sign built-in access tokens. They live in the database so every replica signs
 * and verifies with the same keys; the first replica to start creates key {@code tw-1} and the
 * others load it. The public halves are published as a JWKS, which mpJwt reads to verify tokens.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String FIRST_KID = "tw-1";

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    private volatile RsaJsonWebKey current;
    private volatile String jwks;

    void load(@Observes @Priority(10) Startup startup) {
        try {
            if (!loadFromDatabase()) {
                create(FIRST_KID);
                if (!loadFromDatabase()) {
                    throw new IllegalStateException("no signing key after creating one");
                }
            }
        } catch (SQLException | JoseException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the token signing keys", e);
        }
    }

    public RsaJsonWebKey current() {
        return current;
    }

    public String jwks() {
        return jwks;
    }

    private boolean loadFromDatabase() throws SQLException, JoseException, java.security.GeneralSecurityException {
        List<PublicJsonWebKey> published = new ArrayList<>();
        RsaJsonWebKey signing = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT kid, public_jwk, private_key FROM signing_key WHERE retired_at IS NULL ORDER BY created_at")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    RsaJsonWebKey key = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(rows.getString("public_jwk"));
                    published.add(key);
                    PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rows.getString("private_key"))));
                    RsaJsonWebKey withPrivate = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(key.getPublicKey());
                    withPrivate.setPrivateKey(privateKey);
                    withPrivate.setKeyId(key.getKeyId());
                    signing = withPrivate;
                }
            }
        }
        if (signing == null) {
            return false;
        }
        current = signing;
        jwks = new JsonWebKeySet(published.toArray(JsonWebKey[]::new))
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        return true;
    }

    private void create(String kid) throws SQLException, JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        key.setAlgorithm("RS256");
        key.setUse("sig");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO signing_key (kid, algorithm, public_jwk, private_key, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, kid);
            insert.setString(2, "RS256");
            insert.setString(3, key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            insert.setString(4, Base64.getEncoder().encodeToString(key.getPrivateKey().getEncoded()));
            insert.setString(5, InstantConverter.utcText(Clock.now())); // text keeps the microseconds on MariaDB
            insert.executeUpdate();
            LOG.info(() -> "Created token signing key " + kid);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            // Another replica created it first: load theirs.
        }
    }

}
