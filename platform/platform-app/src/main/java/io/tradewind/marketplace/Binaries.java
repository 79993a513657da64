package io.tradewind.marketplace;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plugin packages in the database ({@code marketplace_binary}, a LONGBLOB), streamed both ways with
 * plain JDBC: a package never sits in memory whole, on upload or download.
 */
@ApplicationScoped
public class Binaries {

    /** The JTA data source: a write joins the caller's transaction (the version row commits with it). */
    @Resource(lookup = "jdbc/tradewind")
    DataSource transactional;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource direct;

    /** Stores {@code file} as version {@code versionId}'s package, in the current transaction. */
    void store(long versionId, Path file) {
        try (Connection connection = transactional.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO marketplace_binary (version_id, content) VALUES (?, ?)");
             InputStream content = Files.newInputStream(file)) {
            insert.setLong(1, versionId);
            insert.setBinaryStream(2, content, Files.size(file));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the package of version " + versionId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies version {@code versionId}'s package to {@code out}; false when there is none. */
    boolean copy(long versionId, OutputStream out) throws IOException {
        try (Connection connection = direct.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT content FROM marketplace_binary WHERE version_id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                try (InputStream content = rows.getBinaryStream(1)) {
                    content.transferTo(out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the package of version " + versionId, e);
        }
    }
}
