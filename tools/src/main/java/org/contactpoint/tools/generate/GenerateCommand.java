package org.contactpoint.tools.generate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code generate --children N --seed S --out DIR}: writes one feed file per source system and the ground truth,
 * streaming chunk by chunk (constant memory), chunks made in parallel and written in order.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N synthetic children as feed files (JSON Lines, one per source system) and ground-truth.csv.")
public class GenerateCommand implements Callable<Integer> {

    static final int MAX_CHILDREN = 60_000_000;
    private static final int BLOCKS_PER_CHUNK = 2_500;

    @Spec
    CommandSpec spec;

    @Option(names = "--children", required = true, description = "Number of children, 1 to 60,000,000.")
    long children;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed: the same seed and date give the same files (default 1).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--as-of", description = "Date ages are counted from (default today), ISO yyyy-mm-dd.")
    LocalDate asOf;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        if (children < 1 || children > MAX_CHILDREN) {
            throw new ParameterException(spec.commandLine(), "--children must be between 1 and " + MAX_CHILDREN + ", got " + children);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        Files.createDirectories(out);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        long started = System.nanoTime();
        GenerationSummary summary = generate(date);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        spec.commandLine().getOut().printf("Generated %,d children as %,d source records in %s (%.1f s) %s%n",
                children, summary.total(), out.toAbsolutePath(), took.toMillis() / 1000.0, summary.perSource());
        return 0;
    }

    private GenerationSummary generate(LocalDate date) throws IOException, InterruptedException, ExecutionException {
        Reference ref = Reference.load();
        ChunkMaker maker = new ChunkMaker(ref, date, seed, children);
        long blocks = (children + 3) / 4;
        Map<SourceSystem, BufferedWriter> writers = new EnumMap<>(SourceSystem.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        GenerationSummary summary = new GenerationSummary();
        try (BufferedWriter truth = writer(out.resolve("ground-truth.csv"))) {
            for (SourceSystem s : SourceSystem.values()) {
                writers.put(s, writer(out.resolve(s.fileName())));
            }
            truth.write("sourceSystem,sourceRecordId,trueChild\n");
            Deque<Future<ChunkMaker.Chunk>> pending = new ArrayDeque<>();
            long nextBlock = 0;
            long written = 0;
            while (nextBlock < blocks || !pending.isEmpty()) {
                while (nextBlock < blocks && pending.size() < threads * 2) {
                    long from = nextBlock;
                    long to = Math.min(blocks, from + BLOCKS_PER_CHUNK);
                    pending.add(pool.submit(() -> maker.make(from, to)));
                    nextBlock = to;
                }
                ChunkMaker.Chunk chunk = pending.removeFirst().get();
                for (SourceSystem s : SourceSystem.values()) {
                    writers.get(s).append(chunk.feeds().get(s));
                }
                truth.append(chunk.truth());
                summary.add(chunk);
                written += chunk.children();
                if (!quiet && (written % 100_000 < (long) BLOCKS_PER_CHUNK * 4 || written == children)) {
                    spec.commandLine().getErr().printf("\r%,d / %,d children", written, children);
                }
            }
            if (!quiet) {
                spec.commandLine().getErr().println();
            }
        } finally {
            pool.shutdownNow();
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
        }
        return summary;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
    }
}
