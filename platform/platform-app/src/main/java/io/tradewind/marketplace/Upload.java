package io.tradewind.marketplace;

import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * A received package: streamed to a temporary file while its SHA-256 is computed and its size
 * checked, so it is read once and never held in memory. Delete it with {@link #close()}.
 */
record Upload(Path file, byte[] sha256, long size) implements AutoCloseable {

    static Upload receive(InputStream content, Path directory, long maxBytes) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(UUID.randomUUID() + ".jar");
        MessageDigest digest = SigningKeys.sha256();
        long size = 0;
        boolean complete = false;
        try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                size += read;
                if (size > maxBytes) {
                    throw Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.marketplace", maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        return new Upload(file, digest.digest(), size);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
