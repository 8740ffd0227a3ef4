package org.contactpoint.tools.server;

import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.token.SecretCipher;
import org.contactpoint.security.token.Totp;
import org.contactpoint.tools.ContactPointTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run}: starts ContactPoint in the foreground. On the first start it creates the domain under the data folder,
 * generates the demo feed files and lets the server load them; later starts reuse the domain and the data.
 * Ctrl-C stops Payara. Any failure prints one line saying what and how to fix it, exits 1 and leaves no server running.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs ContactPoint on Payara in the foreground (embedded H2 by default, or PostgreSQL); Ctrl-C stops it. "
                + "Started by ./run, which builds first.")
public class RunCommand implements Callable<Integer> {

    static final int DEMO_CHILDREN = 5_000;
    static final long DEMO_SEED = 2009;

    @Option(names = "--payara", defaultValue = "target/payara6", description = "Payara installation (default target/payara6).")
    Path payara;

    @Option(names = "--ear", defaultValue = "ear/target/contactpoint.ear", description = "The EAR to deploy (default ear/target/contactpoint.ear).")
    Path ear;

    @Option(names = "--data", defaultValue = "data", description = "Data folder: domain, H2 database, demo feeds (default data).")
    Path data;

    @Option(names = "--portbase", defaultValue = "8000", description = "Port base: HTTP is base+80 (default 8000 → 8080).")
    int portbase;

    @Option(names = "--jdbc-url", description = "PostgreSQL JDBC URL; empty for the embedded H2 database.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", description = "PostgreSQL user.")
    String jdbcUser;

    @Option(names = "--jdbc-password", description = "PostgreSQL password.")
    String jdbcPassword;

    @Option(names = "--no-wait", description = "Return once the server is up instead of running in the foreground.")
    boolean noWait;

    private static final String DEMO_CERTIFICATE_SYSTEM = "system.la-csc";

    private final StringBuilder timings = new StringBuilder();

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        data = data.toAbsolutePath();
        PayaraDomain domain = new PayaraDomain(payara, data.resolve("domains"), "contactpoint", portbase);
        boolean started = false;
        try {
            Database database = database();
            requireEar();
            domain.requireInstalled();
            if (domain.isRunning()) {
                throw new ServerException("ContactPoint is already running on port " + domain.httpPort()
                        + " (admin " + domain.adminPort() + "): stop it with Ctrl-C in its terminal first.");
            }
            List<Integer> busy = domain.busyPorts();
            if (!busy.isEmpty()) {
                throw new ServerException("Port(s) " + busy + " already in use by another program. Stop it, or run on "
                        + "other ports: ./run --portbase 9000 (HTTP on 9080).");
            }
            Path demo = demoFeeds();
            boolean firstStart = !domain.exists();
            if (firstStart) {
                say("Creating the Payara domain under " + domain.directory() + " …");
                domain.create();
            }
            say("Starting Payara Server …");
            long t = System.nanoTime();
            domain.start();
            started = true;
            timings.append(String.format("Payara start %.1f s", seconds(t)));
            boolean needsClientCertificates = demoCertificate(domain);
            if (needsClientCertificates) {
                domain.requestClientCertificates();
            }
            boolean needsKey = !firstStart && !domain.hasJvmOption(SecretCipher.KEY_PROPERTY);
            boolean needsSoapOption = !firstStart && !domain.hasJvmOption("com.sun.xml.ws.fault.SOAPFaultBuilder.disableCaptureStackTrace");
            if (firstStart) {
                domain.configureJvm("2g", List.of("-Dcontactpoint.demo.dir=" + demo.toAbsolutePath(),
                        "-D" + SecretCipher.KEY_PROPERTY + "=" + SecretCipher.newKey()));
            } else if (needsKey) {
                // A domain from before token secrets were encrypted: give it its key once.
                domain.addJvmOption("-D" + SecretCipher.KEY_PROPERTY + "=" + SecretCipher.newKey());
            }
            if (needsSoapOption) {
                // A domain from before the SOAP service: no stack traces in SOAP faults.
                domain.addJvmOption(PayaraDomain.NO_STACK_TRACES_IN_SOAP_FAULTS);
            }
            domain.configureDatabase(database);
            if (firstStart || needsKey || needsSoapOption || needsClientCertificates) {
                domain.restart();
            }
            say("Deploying " + ear.getFileName() + " …");
            t = System.nanoTime();
            domain.deploy(ear);
            timings.append(String.format(", deploy %.1f s", seconds(t)));
            t = System.nanoTime();
            waitUntilReady(domain);
            timings.append(String.format(", ready (schema, demo data) %.1f s", seconds(t)));
            printBanner(domain, database);
            if (noWait) {
                return 0;
            }
            return awaitCtrlC(domain);
        } catch (ServerException e) {
            System.err.println("ERROR: " + e.getMessage());
            if (started) {
                domain.stop();
            }
            return 1;
        }
    }

    private Database database() {
        if ((jdbcUrl == null || jdbcUrl.isBlank()) && (jdbcUser != null || jdbcPassword != null)) {
            throw new ServerException("--jdbc-user and --jdbc-password need --jdbc-url (without it the embedded H2 database is used)");
        }
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return new Database.H2(data.resolve("h2"));
        }
        Database.Postgres postgres = Database.Postgres.parse(jdbcUrl, jdbcUser, jdbcPassword);
        postgres.check();
        return postgres;
    }

    private void requireEar() {
        if (!Files.isRegularFile(ear)) {
            throw new ServerException("The EAR " + ear + " does not exist: start ContactPoint with ./run, which builds it.");
        }
    }

    /** The demo feed files, generated once; the server loads them into an empty database. */
    /**
     * The demo's local partner system also gets a client certificate (mutual TLS) in the data folder, trusted by the
     * domain and registered on its account at start-up. True when the domain's TLS listener must be (re)configured.
     */
    private boolean demoCertificate(PayaraDomain domain) {
        Path keystore = data.resolve("demo/partner-certificates/" + DEMO_CERTIFICATE_SYSTEM + ".p12");
        String alias = "contactpoint-demo-" + DEMO_CERTIFICATE_SYSTEM;
        if (Files.exists(keystore) && ClientCertificates.isTrusted(domain.truststore(), alias)) {
            return false;
        }
        Path pem = ClientCertificates.create(keystore, DEMO_CERTIFICATE_SYSTEM);
        ClientCertificates.trust(pem, domain.truststore(), alias);
        return true;
    }

    private Path demoFeeds() throws IOException {
        Path demo = data.resolve("demo");
        if (!Files.exists(demo.resolve("ground-truth.csv"))) {
            say("Generating demo data: " + DEMO_CHILDREN + " children …");
            Files.createDirectories(demo);
            int exit = ContactPointTools.commandLine().execute("generate", "--children", Integer.toString(DEMO_CHILDREN),
                    "--seed", Long.toString(DEMO_SEED), "--out", demo.toString(), "--quiet");
            if (exit != 0) {
                throw new ServerException("Generating the demo data into " + demo + " failed (exit " + exit + ").");
            }
        }
        return demo;
    }

    private static final Pattern LOADED = Pattern.compile("\"loaded\"\\s*:\\s*\"?(\\d+)");

    /** Polls readiness (schema migrated, demo data loaded), showing progress; start-domain returns before apps load. */
    private void waitUntilReady(PayaraDomain domain) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + domain.httpPort() + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    System.out.println();
                    return;
                }
                if (response.body().contains("\"failed\":true") || response.body().contains("\"failed\":\"true\"")) {
                    throw new ServerException("Loading the demo data failed; see " + domain.directory().resolve("logs/server.log")
                            + ". Delete the data folder and start again.");
                }
                Matcher m = LOADED.matcher(response.body());
                String progress = m.find() ? "Loading demo data: " + m.group(1) + " source records" : "Waiting for ContactPoint to be ready";
                if (!progress.equals(last)) {
                    System.out.print("\r" + progress + " …   ");
                    last = progress;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new ServerException("ContactPoint did not become ready within 10 minutes; see "
                + domain.directory().resolve("logs/server.log"));
    }

    private void printBanner(PayaraDomain domain, Database database) throws IOException {
        String base = "http://localhost:" + domain.httpPort();
        String logins = demoLogins();
        Files.writeString(data.resolve("demo-accounts.txt"), logins);
        String partners = demoPartnerSystems();
        Files.writeString(data.resolve("demo-api-keys.txt"), partners);
        System.out.println("""

                ContactPoint is running.
                  Portal:   %s/
                  Health:   %s/health
                  Database: %s
                  Data:     %s
                  Logs:     %s
                  Timings:  %s

                Demo logins (password "%s", PIN %s, and the current code of the account's token):
                %s
                  Current token code:  java -jar tools/target/contactpoint-tools.jar totp --secret <secret>
                  (or add the otpauth:// URI to any authenticator app; also written to %s)

                Demo partner systems (REST %s/api/v1, SOAP %s/soap/ChildIndex; see docs/api.md):
                %s
                  Send the key as 'Authorization: Bearer <key>' (also written to %s)
                  or call %s with %s's client certificate:
                  %s (PKCS#12, password %s)

                Press Ctrl-C to stop.
                """.formatted(base, base, database.describe(), data, domain.directory().resolve("logs/server.log"),
                timings, DemoAccounts.PASSWORD, DemoAccounts.PIN, logins, data.resolve("demo-accounts.txt"),
                base, base, partners, data.resolve("demo-api-keys.txt"), "https://localhost:" + domain.httpsPort() + "/api/v1",
                DEMO_CERTIFICATE_SYSTEM, data.resolve("demo/partner-certificates/" + DEMO_CERTIFICATE_SYSTEM + ".p12"),
                ClientCertificates.PASSWORD));
    }

    private static String demoLogins() {
        StringBuilder out = new StringBuilder();
        for (DemoAccounts.DemoAccount a : DemoAccounts.ALL) {
            out.append(String.format("  %-20s %-31s secret %s%n      %s%n", a.username(), a.role(),
                    a.tokenSecretBase32(), Totp.otpauthUri(a.username(), a.tokenSecret())));
        }
        return out.toString();
    }

    private static String demoPartnerSystems() {
        StringBuilder out = new StringBuilder();
        for (DemoAccounts.DemoPartnerSystem p : DemoAccounts.PARTNER_SYSTEMS) {
            out.append(String.format("  %-20s source %-12s key %s%n", p.username(), p.sourceSystem(), p.apiKey().presented()));
        }
        return out.toString();
    }

    /** Runs until Ctrl-C (which stops Payara cleanly) or until Payara stops by other means. */
    private static int awaitCtrlC(PayaraDomain domain) throws InterruptedException {
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping Payara Server …");
            domain.stop();
            System.out.println("Stopped.");
        }));
        while (stopping.get() || domain.isRunning()) {
            Thread.sleep(1000);
        }
        System.err.println("Payara Server has stopped; see " + domain.directory().resolve("logs/server.log"));
        return 1;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
