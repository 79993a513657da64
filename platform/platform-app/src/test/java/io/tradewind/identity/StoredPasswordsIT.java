package io.tradewind.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.it.Api;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passwords are stored as Jakarta Security PBKDF2 hashes (algorithm:iterations:salt:hash), read
 * straight from the database inside the running server: at least the first platform operator's,
 * created from configuration at first start, and every other user's with a password.
 */
@ExtendWith(ArquillianExtension.class)
class StoredPasswordsIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        // Deploy next to a started application: its schema is migrated, and Arquillian's deployment
        // check does not time out behind its start on a busy machine.
        Api.awaitApplication();
        File assertj = new File(org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        return ShrinkWrap.create(WebArchive.class, "stored-passwords-test.war")
                .addClasses(StoredPasswords.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(assertj);
    }

    @Inject
    StoredPasswords passwords;

    @Test
    void everyStoredPasswordIsAPbkdf2Hash() throws SQLException {
        assertThat(passwords.hashes()).as("password hashes, the platform operator's among them").isNotEmpty()
                .allSatisfy(hash -> assertThat(hash)
                        .matches("PBKDF2WithHmacSHA256:[1-9][0-9]{4,}:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}="));
    }
}
