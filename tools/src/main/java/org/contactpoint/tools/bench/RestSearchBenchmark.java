package org.contactpoint.tools.bench;

import org.contactpoint.security.demo.DemoAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code bench rest-search}: N concurrent partner-system clients search {@code GET /api/v1/children} with the
 * portal benchmark's ten kinds of query over sampled children, for a fixed time after a warm-up, and report
 * throughput and client-observed latency (p50/p95/p99). Every search is authenticated by API key, authorised and
 * audited by the server as in production.
 */
@Command(name = "rest-search", mixinStandardHelpOptions = true,
        description = "Measures REST search throughput and latency with concurrent partner-system clients.")
public class RestSearchBenchmark implements Runnable {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "ContactPoint's base URL.")
    String base;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--api-key-file", description = "File holding the partner system's API key (default: the demo "
            + "key of system.la-csc).")
    Path apiKeyFile;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients.")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Measured time.")
    int seconds;

    @Option(names = "--warmup", defaultValue = "15", description = "Seconds of unmeasured warm-up.")
    int warmup;

    @Option(names = "--samples", defaultValue = "100", description = "Children sampled; each with every kind of query.")
    int samples;

    @Option(names = "--wrk", description = "Drive the load with wrk (Debian package 'wrk': C, so the client takes less of "
            + "the machine's CPU than Java clients) instead of the built-in Java clients.")
    boolean wrk;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Kind(String name, Function<SearchLatencyBenchmark.Sample, Map<String, String>> criteria) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("exact", s -> query("familyName", s.family(), "givenName", s.given(), "dateOfBirth", s.dob().toString())),
            new Kind("misspelt", s -> query("familyName", SearchLatencyBenchmark.swapLetters(s.family()), "givenName", s.given(),
                    "dateOfBirth", s.dob().toString())),
            new Kind("sound-alike", s -> query("familyName", SearchLatencyBenchmark.dropVowel(s.family()), "givenName", s.given(),
                    "dateOfBirth", s.dob().toString())),
            new Kind("nickname", s -> query("familyName", s.family(), "givenName", SearchLatencyBenchmark.nickname(s.given()),
                    "dateOfBirth", s.dob().toString())),
            new Kind("day-month swapped", s -> query("familyName", s.family(), "givenName", s.given(),
                    "dateOfBirth", SearchLatencyBenchmark.swapDayMonth(s.dob()).toString())),
            new Kind("year and given name", s -> query("familyName", s.family(), "givenName", s.given(),
                    "yearOfBirth", String.valueOf(s.dob().getYear()))),
            new Kind("age range and gender", s -> query("familyName", s.family(), "ageFrom", SearchLatencyBenchmark.age(s, -1),
                    "ageTo", SearchLatencyBenchmark.age(s, 1), "gender", s.gender())),
            new Kind("date of birth and postcode", s -> query("familyName", s.family(), "dateOfBirth", s.dob().toString(),
                    "postcode", s.postcode())),
            new Kind("year and town", s -> query("familyName", s.family(), "yearOfBirth", String.valueOf(s.dob().getYear()),
                    "town", s.town())),
            new Kind("NHS number", s -> query("nhsNumber", s.nhs())));

    @Override
    public void run() {
        try {
            String key = apiKeyFile != null ? Files.readString(apiKeyFile).trim()
                    : DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> p.username().equals("system.la-csc")).findFirst()
                    .orElseThrow().apiKey().presented();
            List<URI> searches = new ArrayList<>();
            for (SearchLatencyBenchmark.Sample s : SearchLatencyBenchmark.sample(database, samples)) {
                for (Kind kind : KINDS) {
                    searches.add(URI.create(base + "/api/v1/children?" + encode(kind.criteria().apply(s))));
                }
            }
            Collections.shuffle(searches, new java.util.Random(1));
            System.out.printf("%d clients, %d searches in the rotation, %d s warm-up, %d s measured …%n", clients,
                    searches.size(), warmup, seconds);
            if (wrk) {
                driveWithWrk(searches, key);
                return;
            }
            Result result = drive(searches, key);
            result.report(seconds);
        } catch (Exception e) {
            throw new IllegalStateException("The REST search benchmark failed: " + e.getMessage(), e);
        }
    }

    /** What the clients saw in the measured window. */
    record Result(List<Double> latencies, Map<Integer, Long> statuses, long errors) {
        void report(int seconds) {
            List<Double> sorted = latencies.stream().sorted().toList();
            System.out.printf("searches/s %.1f   p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   (%d searches, statuses %s, "
                            + "connection errors %d)%n", sorted.size() / (double) seconds, SearchLatencyBenchmark.pct(sorted, 50),
                    SearchLatencyBenchmark.pct(sorted, 95), SearchLatencyBenchmark.pct(sorted, 99), sorted.size(), statuses, errors);
        }
    }

    private Result drive(List<URI> searches, String key) throws InterruptedException {
        long warmEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * searches.size() / clients;
            Thread client = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        HttpRequest request = HttpRequest.newBuilder(searches.get(i % searches.size()))
                                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).GET().build();
                        long start = System.nanoTime();
                        try {
                            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (start >= warmEnd && System.nanoTime() <= end) {
                                latencies.add((System.nanoTime() - start) / 1e6);
                                statuses.merge(status, 1L, Long::sum);
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            client.start();
        }
        done.await();
        return new Result(latencies, new java.util.TreeMap<>(statuses), errors.get());
    }

    /**
     * The same rotation through wrk: a Lua script (written to a temporary file) sends the searches in turn with the
     * key, and prints the same line as the Java clients. A warm-up run first, its figures discarded.
     */
    private void driveWithWrk(List<URI> searches, String key) throws java.io.IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (URI uri : searches) {
            lua.append("  \"").append(uri.getRawPath()).append('?').append(uri.getRawQuery()).append("\",\n");
        }
        lua.append("}\nlocal key = \"").append(key).append("\"\nlocal i = 0\n")
                .append("function init(args) i = math.random(#paths) end\n")
                .append("function request()\n  i = i % #paths + 1\n")
                .append("  return wrk.format(\"GET\", paths[i], {[\"Authorization\"] = \"Bearer \" .. key})\nend\n")
                .append("function done(summary, latency, requests)\n")
                .append("  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout\n")
                .append("  io.write(string.format(\"searches/s %.1f   p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   (%d searches, non-2xx %d, ")
                .append("connection errors %d)\\n\", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, ")
                .append("latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status, errors))\n")
                .append("end\n");
        java.nio.file.Path script = Files.createTempFile("rest-search", ".lua");
        Files.writeString(script, lua);
        try {
            String threads = "-t" + Math.min(2, clients);
            run(List.of("wrk", threads, "-c" + clients, "-d" + warmup + "s", "-s", script.toString(), base), false);
            run(List.of("wrk", threads, "-c" + clients, "-d" + seconds + "s", "-s", script.toString(), base), true);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void run(List<String> command, boolean show) throws java.io.IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("wrk is not installed (apt-get install -y wrk)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out.strip());
        }
        if (show) {
            out.lines().filter(l -> l.startsWith("searches/s")).forEach(System.out::println);
        }
    }

    private static Map<String, String> query(String... pairs) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                q.put(pairs[i], pairs[i + 1]);
            }
        }
        return q;
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
