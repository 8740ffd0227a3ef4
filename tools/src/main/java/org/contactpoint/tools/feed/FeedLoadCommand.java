package org.contactpoint.tools.feed;

import jakarta.json.JsonObject;
import org.contactpoint.security.demo.DemoAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code feed load --source S --url U --api-key-file F FILE}: streams a feed file to {@code POST
 * /api/v1/feeds/{source}/batches} as the source's partner system, in batches of lines (a few in flight, so the
 * server works on one while the next is sent), with progress (records/s, ETA) and a summary of outcomes. Memory is
 * constant whatever the file's size. Each batch has an idempotency key made from the file and its position, and
 * finished batches are noted in a progress file: running the same command again after any interruption (this
 * command, the server or the database) sends only what is not finished, and the server resumes the batches it had
 * started, so the end state is the same as an uninterrupted load.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Sends a feed file (JSON Lines, FEED-FORMAT.md) through the REST batch API, with progress; "
                + "run it again to resume after an interruption.")
public class FeedLoadCommand implements Callable<Integer> {

    private static final Pattern SOURCE = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final int REJECTIONS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, description = "The source system, e.g. NHS-PDS; every line's sourceSystem must be it.")
    String source;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "ContactPoint's base URL (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--api-key-file", description = "File holding the source's partner-system API key (default: the "
            + "demo key of the source's demo partner system).")
    Path apiKeyFile;

    @Option(names = "--batch-lines", defaultValue = "20000", description = "Lines per batch (default ${DEFAULT-VALUE}).")
    int batchLines;

    @Option(names = "--parallel", defaultValue = "2", description = "Batches in flight at once (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--wait-minutes", defaultValue = "15", description = "How long to keep retrying while the server "
            + "does not answer (default ${DEFAULT-VALUE}).")
    int waitMinutes;

    @Option(names = "--progress-file", description = "Where finished batches are noted (default: FILE.progress-SOURCE).")
    Path progressFile;

    @Option(names = "--quiet", description = "No progress line, only the summary.")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "FILE", description = "The feed file.")
    Path file;

    private final Map<Integer, Long> inFlight = new ConcurrentHashMap<>();
    private final List<String> rejections = new ArrayList<>();
    private LoadTotals totals;

    @Override
    public Integer call() throws Exception {
        check();
        String key = apiKey();
        String fingerprint = Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "-" + batchLines;
        Path progress = progressFile != null ? progressFile : file.resolveSibling(file.getFileName() + ".progress-" + source);
        Map<Integer, BatchOutcome> finished = readProgress(progress, fingerprint);
        PrintWriter err = spec.commandLine().getErr();
        FeedClient client = new FeedClient(url, source, key, Duration.ofMinutes(waitMinutes), notice -> {
            if (!quiet) {
                err.printf("%n%s%n", notice);
                err.flush();
            }
        });
        totals = new LoadTotals(Files.size(file));
        finished.values().stream().filter(b -> b.status().equals("DONE")).forEach(totals::add);
        long started = System.nanoTime();
        var ticker = Executors.newSingleThreadScheduledExecutor();
        if (!quiet) {
            ticker.scheduleAtFixedRate(() -> showProgress(err, started), 1, 1, TimeUnit.SECONDS);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        Semaphore slots = new Semaphore(parallel);
        List<Future<?>> work = new ArrayList<>();
        IOException failure = null;
        int batches = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            long firstLine = 1;
            for (LineBatch batch = LineBatch.read(in, batchLines, firstLine, batches); batch != null;
                 batch = LineBatch.read(in, batchLines, firstLine, batches)) {
                batches++;
                firstLine += batch.lines();
                totals.read(batch.bytes().length, batch.lines());
                BatchOutcome done = finished.get(batch.index());
                if (done != null && done.status().equals("DONE")) {
                    continue;
                }
                slots.acquire();
                if (failed(work)) {
                    slots.release();
                    break;
                }
                LineBatch b = batch;
                work.add(pool.submit(() -> {
                    try {
                        send(client, b, fingerprint, progress);
                        return null;
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            ticker.shutdownNow();
        }
        if (!quiet) {
            showProgress(err, started);
            err.println();
        }
        summary(Duration.ofNanos(System.nanoTime() - started), batches, progress);
        if (failure != null) {
            throw failure;
        }
        return totals.failedBatches() == 0 ? 0 : 1;
    }

    private void check() {
        if (!SOURCE.matcher(source).matches()) {
            throw new ParameterException(spec.commandLine(), "--source: must be 2–32 capital letters, digits or hyphens, got '" + source + "'");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "FILE: " + file + " is not a readable file");
        }
        if (batchLines < 1 || batchLines > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--batch-lines: must be 1 to 1,000,000, got " + batchLines);
        }
        if (parallel < 1 || parallel > 8) {
            throw new ParameterException(spec.commandLine(), "--parallel: must be 1 to 8, got " + parallel);
        }
        if (waitMinutes < 0) {
            throw new ParameterException(spec.commandLine(), "--wait-minutes: must be 0 or more, got " + waitMinutes);
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ParameterException(spec.commandLine(), "--url: must start with http:// or https://, got '" + url + "'");
        }
    }

    private String apiKey() throws IOException {
        if (apiKeyFile != null) {
            if (!Files.isReadable(apiKeyFile)) {
                throw new ParameterException(spec.commandLine(), "--api-key-file: " + apiKeyFile + " is not a readable file");
            }
            String key = Files.readString(apiKeyFile).trim();
            if (key.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--api-key-file: " + apiKeyFile + " is empty");
            }
            return key;
        }
        return DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> source.equals(p.sourceSystem())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--api-key-file: needed, as no demo "
                        + "partner system sends " + source)).apiKey().presented();
    }

    private static boolean failed(List<Future<?>> work) {
        for (Future<?> f : work) {
            if (f.isDone()) {
                try {
                    f.get();
                } catch (Exception e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One batch to its end: sent, followed until DONE or FAILED, noted; a batch whose file the server lost is sent again. */
    private void send(FeedClient client, LineBatch batch, String fingerprint, Path progress) throws IOException, InterruptedException {
        BatchOutcome outcome = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            long batchId = client.submit(batch.bytes(), UUID.nameUUIDFromBytes((source + "|" + file.toAbsolutePath() + "|"
                    + fingerprint + "|" + batch.index() + "|" + attempt).getBytes(StandardCharsets.UTF_8)).toString());
            outcome = follow(client, batchId, batch);
            if (!(outcome.status().equals("FAILED") && outcome.failure() != null && outcome.failure().contains("send the batch again"))) {
                break;
            }
        }
        inFlight.remove(batch.index());
        if (outcome.rejected() > 0) {
            collectRejections(client, outcome, batch.firstLine());
        }
        synchronized (this) {
            totals.add(outcome);
            totals.countRun(outcome.records());
            Files.writeString(progress, outcome.progressLine(batch.index()) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /**
     * Asks for the counts only (from a line past the batch's last, so no lines come back) four times a second: a
     * batch's slot stays empty from its end until the next call notices, up to a second of a batch's few seconds when
     * it polled each second. Each call is audited, as every partner call is: about eight events a second per load.
     */
    private BatchOutcome follow(FeedClient client, long batchId, LineBatch batch) throws IOException, InterruptedException {
        while (true) {
            BatchOutcome now = BatchOutcome.of(client.status(batchId, batch.lines() + 1L));
            inFlight.put(batch.index(), now.records());
            if (now.finished()) {
                return now;
            }
            Thread.sleep(250); // polling interval of a remote server's state
        }
    }

    private void collectRejections(FeedClient client, BatchOutcome outcome, long firstLine) throws IOException, InterruptedException {
        long from = 1;
        while (true) {
            synchronized (rejections) {
                if (rejections.size() >= REJECTIONS_SHOWN) {
                    return;
                }
            }
            List<JsonObject> lines = client.status(outcome.batchId(), from).getJsonArray("lines").getValuesAs(JsonObject.class);
            if (lines.isEmpty()) {
                return;
            }
            for (JsonObject l : lines) {
                if (l.getString("outcome").equals("REJECTED")) {
                    synchronized (rejections) {
                        if (rejections.size() < REJECTIONS_SHOWN) {
                            rejections.add("line " + (firstLine + l.getJsonNumber("line").longValue() - 1) + ": "
                                    + text(l, "field") + " — " + text(l, "reason"));
                        }
                    }
                }
                from = l.getJsonNumber("line").longValue() + 1;
            }
        }
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : "";
    }

    private static Map<Integer, BatchOutcome> readProgress(Path progress, String fingerprint) throws IOException {
        Map<Integer, BatchOutcome> done = new HashMap<>();
        if (Files.exists(progress)) {
            List<String> lines = Files.readAllLines(progress);
            if (!lines.isEmpty() && lines.get(0).equals("# " + fingerprint)) {
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split(" ");
                    if (f.length == 9) {
                        done.put(Integer.parseInt(f[0]), BatchOutcome.fromProgressLine(f));
                    }
                }
                return done;
            }
        }
        // A new file (or another version of it): start the notes afresh; resending is harmless (versions are IGNORED).
        Files.writeString(progress, "# " + fingerprint + "\n");
        return done;
    }

    private void showProgress(PrintWriter err, long started) {
        long inFlightRecords = inFlight.values().stream().mapToLong(Long::longValue).sum();
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        long done = totals.processedThisRun() + inFlightRecords;
        double rate = done / seconds;
        long estimate = totals.estimatedLines();
        long remaining = Math.max(0, estimate - totals.records() - inFlightRecords);
        String eta = rate < 1 ? "--:--:--" : hms(Duration.ofSeconds((long) (remaining / rate)));
        err.printf("\r%s: %,d of ~%,d records  %,.0f/s  ETA %s   ", source, totals.records() + inFlightRecords, estimate, rate, eta);
        err.flush();
    }

    private void summary(Duration took, int batches, Path progress) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Loaded %s as %s: %,d records in %,d batches, %s (%,.0f records/s this run)%n", file, source,
                totals.records(), batches, hms(took), totals.processedThisRun() / Math.max(0.001, took.toMillis() / 1000.0));
        out.printf("  LINKED %,d  CREATED %,d  REVIEW %,d  IGNORED %,d  REJECTED %,d%n", totals.linked(), totals.created(),
                totals.review(), totals.ignored(), totals.rejected());
        if (!rejections.isEmpty()) {
            out.printf("  Rejected lines%s:%n", totals.rejected() > rejections.size() ? " (first " + rejections.size() + ")" : "");
            rejections.forEach(r -> out.println("    " + r));
        }
        if (totals.failedBatches() > 0) {
            out.printf("  %d batch(es) FAILED; see %s and run the same command again%n", totals.failedBatches(), progress);
        }
        out.flush();
    }

    private static String hms(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
