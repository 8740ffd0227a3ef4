package org.contactpoint.feed.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a received batch on local disk until it is processed, so the partner's request ends as soon as the batch
 * is safely received. The folder is {@code -Dcontactpoint.feed.spool} (default: a folder under the temp dir).
 */
@ApplicationScoped
public class BatchSpool {

    /** The body was longer than allowed; nothing of it is kept. */
    public static class TooLarge extends Exception {
    }

    /** @return the kept file, or null when the body was empty */
    public Path keep(InputStream body, long maxBytes) throws IOException, TooLarge {
        Path dir = Path.of(System.getProperty("contactpoint.feed.spool",
                System.getProperty("java.io.tmpdir") + "/contactpoint-feed-spool"));
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "batch-", ".jsonl");
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (total == 0) {
            Files.delete(file);
            return null;
        }
        return file;
    }
}
