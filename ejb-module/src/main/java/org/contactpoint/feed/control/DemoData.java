package org.contactpoint.feed.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.api.InvalidFeedRecordException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Creates the demo logins, and loads the demo feed files (written by the generator) into an empty database on the first start, in the
 * background, through the same parser and linker as the feed. Runs only when the server was started with
 * {@code -Dcontactpoint.demo.dir}; readiness stays DOWN until it has finished.
 */
@Startup
@Singleton
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int CHUNK = 200;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @EJB
    FeedChunk chunks;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ValidatorFactory validation;

    @jakarta.inject.Inject
    org.contactpoint.account.control.DemoAccountSetup demoAccounts;

    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile boolean finished = true;
    private volatile boolean failed;

    @PostConstruct
    void startIfWanted() {
        String dir = System.getProperty("contactpoint.demo.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        int accounts = demoAccounts.createMissing(Path.of(dir));
        LOG.info(() -> "Demo accounts created: " + accounts);
        long children = em.createQuery("SELECT COUNT(c) FROM Child c", Long.class).getSingleResult();
        if (children > 0) {
            LOG.info(() -> "Demo data not loaded: the database already holds " + children + " children");
            return;
        }
        finished = false;
        executor.submit(() -> load(Path.of(dir)));
    }

    private void load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            FeedLineParser parser = new FeedLineParser(FeedLineParser.validator(validation));
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                loadFile(file, parser);
            }
            LOG.info(() -> "Demo data loaded: " + loaded.get() + " source records, " + rejected.get() + " rejected");
        } catch (IOException | RuntimeException e) {
            failed = true;
            LOG.log(Level.SEVERE, "Loading demo data from " + dir + " failed", e);
        } finally {
            finished = true;
        }
    }

    private void loadFile(Path file, FeedLineParser parser) throws IOException {
        List<FeedRecord> batch = new ArrayList<>(CHUNK);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                try {
                    batch.add(parser.parse(line, lineNo).record());
                } catch (InvalidFeedRecordException e) {
                    rejected.incrementAndGet();
                    String where = file.getFileName().toString();
                    LOG.warning(() -> where + ": " + e.getMessage());
                }
                if (batch.size() == CHUNK) {
                    loaded.addAndGet(chunks.apply(batch).size());
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            loaded.addAndGet(chunks.apply(batch).size());
        }
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean hasFailed() {
        return failed;
    }

    public long loaded() {
        return loaded.get();
    }
}
