package org.contactpoint.tools.bench;

import org.contactpoint.search.entity.Nicknames;
import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.token.Totp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code bench search}: a demo practitioner signs in to a running ContactPoint and searches the portal for sampled
 * children with ten kinds of query (exact, misspelt, phonetic, nickname, swapped date, year, age range, postcode, town,
 * identifier). The server-side time of each search (the search facade call, with its authorisation and audit event)
 * comes from the page's {@code Server-Timing} header; the client-observed time is reported beside it. Also says how
 * often the sampled child was in the results.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Measures portal search latency (p50/p95/p99, server side) over the children in the database.")
public class SearchLatencyBenchmark implements Runnable {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "ContactPoint's base URL.")
    String base;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--show-misses", description = "Print each search that did not return the sampled child.")
    boolean showMisses;

    @Option(names = "--samples", defaultValue = "50", description = "Children sampled; each is searched for with every kind of query.")
    int samples;

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private String page;

    record Sample(String cpId, String given, String family, LocalDate dob, String gender, String postcode, String town, String nhs) {
    }

    record Kind(String name, Function<Sample, Map<String, String>> criteria) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("exact name and date of birth", s -> form(s.family(), s.given(), s.dob().format(DMY))),
            new Kind("misspelt family name (two letters swapped)", s -> form(swapLetters(s.family()), s.given(), s.dob().format(DMY))),
            new Kind("sound-alike family name (a vowel dropped)", s -> form(dropVowel(s.family()), s.given(), s.dob().format(DMY))),
            new Kind("nickname", s -> form(s.family(), nickname(s.given()), s.dob().format(DMY))),
            new Kind("day and month swapped", s -> form(s.family(), s.given(), swapDayMonth(s.dob()).format(DMY))),
            new Kind("year of birth and given name", s -> with(form(s.family(), s.given(), ""), "yearOfBirth", String.valueOf(s.dob().getYear()))),
            new Kind("age range and gender", s -> with(with(with(form(s.family(), "", ""), "ageFrom", age(s, -1)), "ageTo", age(s, 1)),
                    "gender_input", s.gender())),
            new Kind("date of birth and postcode", s -> with(form(s.family(), "", s.dob().format(DMY)), "postcode", s.postcode())),
            new Kind("year of birth and town", s -> with(with(form(s.family(), "", ""), "yearOfBirth", String.valueOf(s.dob().getYear())),
                    "town", s.town())),
            new Kind("NHS number", s -> with(form("", "", ""), "nhsNumber", s.nhs())));

    @Override
    public void run() {
        try {
            List<Sample> children = sample(database, samples);
            signIn();
            page = get("/portal/search.xhtml").body();
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            Map<String, Integer> found = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) { // the first round warms the server up and is not counted
                for (Kind kind : KINDS) {
                    for (Sample s : children) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = post("/portal/search.xhtml", kind.criteria().apply(s));
                        double client = (System.nanoTime() - start) / 1e6;
                        page = response.body();
                        if (round == 0) {
                            continue;
                        }
                        double server = response.headers().firstValue("Server-Timing")
                                .map(h -> Double.parseDouble(h.replaceAll(".*dur=([0-9.]+).*", "$1"))).orElse(Double.NaN);
                        times.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(new double[]{server, client});
                        boolean hit = page.contains(org.contactpoint.child.entity.ContactPointId.format(s.cpId()));
                        found.merge(kind.name(), hit ? 1 : 0, Integer::sum);
                        if (!hit && showMisses) {
                            System.err.println("missed " + s + " with " + kind.criteria().apply(s));
                        }
                    }
                }
            }
            report(times, found, children.size());
        } catch (Exception e) {
            throw new IllegalStateException("The search benchmark failed: " + e.getMessage(), e);
        }
    }

    private void report(Map<String, List<double[]>> times, Map<String, Integer> found, int n) {
        List<Double> allServer = new ArrayList<>();
        System.out.printf("%-45s %8s %8s %8s %10s %7s%n", "query", "p50 ms", "p95 ms", "p99 ms", "client p95", "found");
        times.forEach((kind, list) -> {
            List<Double> server = list.stream().map(t -> t[0]).sorted().toList();
            List<Double> client = list.stream().map(t -> t[1]).sorted().toList();
            allServer.addAll(server);
            System.out.printf("%-45s %8.1f %8.1f %8.1f %10.1f %4d/%d%n", kind, pct(server, 50), pct(server, 95), pct(server, 99),
                    pct(client, 95), found.get(kind), n);
        });
        List<Double> sorted = allServer.stream().sorted().toList();
        System.out.printf("%-45s %8.1f %8.1f %8.1f   (%d searches, server side)%n", "all", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.size());
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** Live, unshielded children with an address and NHS number, sampled from the database (PostgreSQL). */
    static List<Sample> sample(DatabaseOptions database, int samples) throws Exception {
        List<Sample> list = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.cp_id, c.given_names, c.family_name, c.date_of_birth, c.gender, a.postcode, a.town, "
                     + "i.identifier_value FROM child c TABLESAMPLE SYSTEM (1) JOIN child_address a ON a.child_id = c.id AND a.valid_to IS NULL "
                     + "JOIN child_identifier i ON i.child_id = c.id AND i.scheme = 'NHS' "
                     + "WHERE c.status = 'ACTIVE' AND NOT c.shielded AND a.postcode IS NOT NULL AND a.town IS NOT NULL "
                     + "AND c.date_of_birth > CURRENT_DATE - INTERVAL '17 years' LIMIT " + samples)) {
            while (rs.next()) {
                list.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5).toLowerCase(), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no children with an address and NHS number to sample: load some first (bench load-children)");
        }
        return list;
    }

    private void signIn() throws Exception {
        DemoAccounts.DemoAccount account = DemoAccounts.ALL.stream().filter(a -> a.username().equals("practitioner.notts"))
                .findFirst().orElseThrow();
        page = get("/login.xhtml").body();
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("username", account.username());
        login.put("password", DemoAccounts.PASSWORD);
        login.put("pin", DemoAccounts.PIN);
        login.put("token", new Totp().code(account.tokenSecret(), Instant.now()));
        login.put("signIn", "");
        HttpResponse<String> response = submit("/login.xhtml", login);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("sign-in as practitioner.notts was refused (is the server running with demo data? "
                    + "a token code works once: wait 30 s and retry)");
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("search", "search");
        for (String field : List.of("familyName", "givenName", "dateOfBirth", "yearOfBirth", "ageFrom", "ageTo", "gender_input", "postcode",
                "town", "contactPointId", "nhsNumber", "upn")) {
            form.put(field, fields.getOrDefault(field, ""));
        }
        form.put("find", "");
        return submit(path, form);
    }

    private HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        Matcher view = VIEW_STATE.matcher(page);
        if (view.find()) {
            form.put("jakarta.faces.ViewState", view.group(1));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String family, String given, String dob) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("familyName", family);
        form.put("givenName", given);
        form.put("dateOfBirth", dob);
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        form.put(field, value == null ? "" : value);
        return form;
    }

    static String swapLetters(String name) {
        int i = Math.max(1, name.length() / 2);
        return i + 1 < name.length() ? name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2) : name;
    }

    static String dropVowel(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if ("aeiou".indexOf(name.charAt(i)) >= 0) {
                return name.substring(0, i) + name.substring(i + 1);
            }
        }
        return name;
    }

    static String nickname(String given) {
        String first = given.split(" ")[0];
        String group = Nicknames.groupOf(first);
        return group == null || group.equalsIgnoreCase(first) ? first : Character.toUpperCase(group.charAt(0)) + group.substring(1);
    }

    static LocalDate swapDayMonth(LocalDate dob) {
        return dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob;
    }

    static String age(Sample s, int delta) {
        return String.valueOf(Math.max(0, Period.between(s.dob(), LocalDate.now()).getYears() + delta));
    }
}
