package org.contactpoint.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.contactpoint.security.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed path survives a server crash: generated feeds of four sources are loaded with the {@code feed load}
 * command into a fresh domain without interruption; then into another fresh domain, where the Payara process is
 * killed (kill -9) while a load is under way, restarted, and the same command run again. Both end in the same
 * state: every source record on a child, the same records together on the same children, the same outcomes.
 * Runs its own domain beside the shared one, in the PostgreSQL suite only: PostgreSQL is production, and its commits
 * survive a kill (embedded H2 may lose the last second of commits, which a rerun then redoes, so the test would not
 * show the server resuming a batch from its checkpoint); the crash is worth six minutes once, not twice. One batch
 * in flight, so the order of records, and so every matching decision, is the same in both loads.
 */
@EnabledIfSystemProperty(named = "it.db", matches = "postgres", disabledReason = "runs in the PostgreSQL suite (.ci/run)")
class FeedCrashResumeIT {

    private static final Path WORK = Path.of(System.getProperty("it.work", "target/crash-resume"));
    private static final String DB = System.getProperty("it.db", "h2");
    private static final String DOMAIN = "cp-crash";
    private static final int PORTBASE = Integer.getInteger("it.portbase", 28000) + 500;
    private static final String BASE = "http://localhost:" + (PORTBASE + 80);
    private static final List<String> SOURCES = List.of("NHS-PDS", "DFE-SCHOOLS", "DWP-CB", "LA-CSC");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killingTheServerMidLoadThenRunningTheSameCommandAgainEndsAsAnUninterruptedLoad() throws Exception {
        Path data = WORK.resolve("feeds");
        assertThat(tools(List.of("generate", "--children", "1200", "--seed", "77", "--out", data.toString(), "--quiet"))).isZero();

        startFreshDomain();
        for (String source : SOURCES) {
            assertThat(load(source, WORK.resolve("uninterrupted-" + source), 15)).isZero();
        }
        Map<String, String> uninterrupted = finalState(data);

        startFreshDomain();
        assertThat(load("NHS-PDS", WORK.resolve("crashed-NHS-PDS"), 15)).isZero();
        Path progress = WORK.resolve("crashed-DFE-SCHOOLS");
        Process loading = start(toolsCommand(loadCommand("DFE-SCHOOLS", progress, 0)), WORK.resolve("crashed-load.log"));
        awaitFinishedBatches(progress, 1);
        // Kill while the next batch is half done: its first chunk committed, the rest not.
        long next = Long.parseLong(Files.readAllLines(progress).get(1).split(" ")[1]) + 1;
        awaitProcessing("DFE-SCHOOLS", next, 200);
        long pid = Long.parseLong(Files.readString(WORK.resolve("domains/" + DOMAIN + "/config/pid")).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        assertThat(loading.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(loading.exitValue()).as("the load notices the server is gone").isNotZero();

        assertThat(run(List.of(System.getProperty("it.payara.home") + "/bin/asadmin", "start-domain", "--domaindir",
                WORK.resolve("domains").toString(), DOMAIN), WORK.resolve("restart.log"))).isZero();
        awaitReady();
        assertThat(load("DFE-SCHOOLS", progress, 15)).as("the same command again").isZero();
        assertThat(Files.readAllLines(progress)).as("the batch cut short was finished by the server, not sent anew")
                .anySatisfy(line -> assertThat(line).startsWith("1 " + next + " DONE "));
        assertThat(Files.readString(WORK.resolve("domains/" + DOMAIN + "/logs/server.log")))
                .as("resumed from its checkpoint, not from the start").containsPattern("Feed batch " + next + " resumes after line [1-9]");
        for (String source : SOURCES.subList(2, SOURCES.size())) {
            assertThat(load(source, WORK.resolve("crashed-" + source), 15)).isZero();
        }
        Map<String, String> resumed = finalState(data);

        assertThat(resumed).hasSameSizeAs(uninterrupted);
        assertThat(resumed.values()).doesNotContain("MISSING");
        assertThat(outcomes(resumed)).isEqualTo(outcomes(uninterrupted));
        assertThat(partition(resumed)).isEqualTo(partition(uninterrupted));
    }

    @AfterAll
    static void stopDomain() throws Exception {
        tools(List.of("domain", "stop", "--payara=" + System.getProperty("it.payara.home"), "--domain-dir="
                + WORK.resolve("domains"), "--name=" + DOMAIN, "--db=" + DB, "--pg-database=contactpoint_crash", "--drop-database"));
    }

    private static void startFreshDomain() throws Exception {
        assertThat(tools(List.of("domain", "start", "--payara=" + System.getProperty("it.payara.home"), "--domain-dir="
                        + WORK.resolve("domains"), "--name=" + DOMAIN, "--portbase=" + PORTBASE, "--db=" + DB,
                "--pg-database=contactpoint_crash", "--data=" + WORK.resolve("data"), "--deploy=" + System.getProperty("it.ear"),
                "--demo-children=10"))).as("test domain " + DOMAIN + " starts").isZero();
        awaitReady();
    }

    private static int load(String source, Path progress, int waitMinutes) throws Exception {
        return tools(loadCommand(source, progress, waitMinutes));
    }

    private static List<String> loadCommand(String source, Path progress, int waitMinutes) {
        return List.of("feed", "load", "--source", source, "--url", BASE, "--batch-lines", "600", "--parallel", "1",
                "--wait-minutes", Integer.toString(waitMinutes), "--progress-file", progress.toString(), "--quiet",
                WORK.resolve("feeds/" + source + ".jsonl").toString());
    }

    private static int tools(List<String> args) throws Exception {
        return run(toolsCommand(args), WORK.resolve("tools-" + args.get(0) + ".log"));
    }

    private static List<String> toolsCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("it.tools.jar")));
        command.addAll(args);
        return command;
    }

    private static int run(List<String> command, Path log) throws Exception {
        Process p = start(command, log);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        return p.exitValue();
    }

    private static Process start(List<String> command, Path log) throws IOException {
        Files.createDirectories(WORK);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The progress file notes each finished batch after its header line. */
    private static void awaitFinishedBatches(Path progress, int batches) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(progress) && Files.readAllLines(progress).size() > batches) {
                return;
            }
            Thread.sleep(100); // polling another process's file
        }
        throw new AssertionError("the load did not finish " + batches + " batch(es) within 5 minutes");
    }

    private static void awaitProcessing(String source, long batchId, long linesRead) throws Exception {
        String key = DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> p.sourceSystem().equals(source)).findFirst()
                .orElseThrow().apiKey().presented();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/feeds/" + source
                    + "/batches/" + batchId)).header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonObject batch = Json.createReader(new StringReader(answer.body())).readObject();
                assertThat(batch.getString("status")).as("killed too late").isIn("RECEIVED", "PROCESSING");
                if (batch.getJsonNumber("linesRead").longValue() >= linesRead) {
                    return;
                }
            }
            Thread.sleep(20); // polling the server's progress
        }
        throw new AssertionError("batch " + batchId + " did not reach line " + linesRead + " within 5 minutes");
    }

    /** The application answers a partner system's call (Payara's own health answers before the application is up). */
    private static void awaitReady() throws Exception {
        String key = DemoAccounts.PARTNER_SYSTEMS.get(0).apiKey().presented();
        String source = DemoAccounts.PARTNER_SYSTEMS.get(0).sourceSystem();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/feeds/" + source
                        + "/records/none")).header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 404 && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500); // polling the server's readiness
        }
        throw new AssertionError("the crash-test domain did not become ready within 5 minutes");
    }

    /** Each ground-truth source record → "outcome child" as the server reports it ("MISSING" if it has none). */
    private static Map<String, String> finalState(Path data) throws Exception {
        Map<String, String> keys = new HashMap<>();
        DemoAccounts.PARTNER_SYSTEMS.forEach(p -> keys.put(p.sourceSystem(), p.apiKey().presented()));
        Map<String, String> state = new TreeMap<>();
        List<String> truth = Files.readAllLines(data.resolve("ground-truth.csv"));
        for (String line : truth.subList(1, truth.size())) {
            String[] f = line.split(",");
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/feeds/" + f[0]
                    + "/records/" + f[1])).header("Authorization", "Bearer " + keys.get(f[0])).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                state.put(f[0] + "|" + f[1], "MISSING");
                continue;
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
            state.put(f[0] + "|" + f[1], json.getString("outcome") + " " + json.getString("contactPointId"));
        }
        return state;
    }

    private static Map<String, String> outcomes(Map<String, String> state) {
        return state.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().split(" ")[0],
                (a, b) -> a, TreeMap::new));
    }

    /** Which records are together on one child, whatever the ContactPoint IDs (allocation differs after a crash). */
    private static Set<Set<String>> partition(Map<String, String> state) {
        Map<String, Set<String>> byChild = new HashMap<>();
        state.forEach((record, value) -> byChild.computeIfAbsent(value.split(" ")[1], k -> new TreeSet<>()).add(record));
        return new java.util.HashSet<>(byChild.values());
    }
}
