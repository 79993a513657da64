package io.tradewind.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs inside the server (deployed by {@link StoredPasswordsIT}): the password column as stored, of every tenant. */
@ApplicationScoped
public class StoredPasswords {

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    public List<String> hashes() throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT password_hash FROM app_user WHERE password_hash IS NOT NULL")) {
            while (result.next()) {
                hashes.add(result.getString(1));
            }
        }
        return hashes;
    }
}
