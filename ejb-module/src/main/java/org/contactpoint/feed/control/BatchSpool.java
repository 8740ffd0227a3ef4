package org.contactpoint.feed.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps a received batch on local disk until it is processed, so the partner's request ends as soon as the batch
 * is safely received, and a batch cut short by a server stop is finished from its file after the restart. The
 * folder is {@code -Dcontactpoint.feed.spool}, by default {@code feed-spool} in the server's domain folder (which a
 * reboot keeps, unlike the temp folder).
 */
@ApplicationScoped
public class BatchSpool {

    /** The body was longer than allowed; nothing of it is kept. */
    public static class TooLarge extends Exception {
    }

    /** @return the kept file, or null when the body was empty */
    public Path keep(InputStream body, long maxBytes) throws IOException, TooLarge {
        Path dir = folder();
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "incoming-", ".jsonl");
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

    /** Names a kept file after its batch, so the batch can be found again after a restart. */
    public Path claim(Path kept, long batchId) throws IOException {
        return Files.move(kept, fileOf(batchId), StandardCopyOption.ATOMIC_MOVE);
    }

    public Path fileOf(long batchId) {
        return folder().resolve("batch-" + batchId + ".jsonl");
    }

    private static Path folder() {
        String configured = System.getProperty("contactpoint.feed.spool");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        return domain != null ? Path.of(domain, "feed-spool")
                : Path.of(System.getProperty("java.io.tmpdir"), "contactpoint-feed-spool");
    }
}
