package org.contactpoint.tools.server;

import org.contactpoint.security.token.SecretCipher;
import org.contactpoint.tools.ContactPointTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code domain start|stop}: the throw-away test domain the build starts before the Arquillian tests and stops
 * after them, with its own ports and its own database (an H2 file, or a PostgreSQL database it creates and drops).
 */
@Command(name = "domain", mixinStandardHelpOptions = true,
        description = "Starts or stops a throw-away Payara test domain with its own ports and database.")
public class DomainCommand implements Callable<Integer> {

    enum Action { start, stop }

    enum Db { h2, postgres }

    @Parameters(index = "0", description = "start or stop")
    Action action;

    @Option(names = "--payara", required = true, description = "Payara installation (payara6 folder).")
    Path payara;

    @Option(names = "--domain-dir", required = true, description = "Folder holding the domain.")
    Path domainDir;

    @Option(names = "--name", defaultValue = "cp-it", description = "Domain name (default cp-it).")
    String name;

    @Option(names = "--portbase", defaultValue = "28000", description = "Port base: HTTP is base+80, admin base+48 (default 28000).")
    int portbase;

    @Option(names = "--db", defaultValue = "h2", description = "h2 or postgres (PostgreSQL at 127.0.0.1:5432, trust auth).")
    Db db;

    @Option(names = "--data", description = "Folder for the H2 database file.")
    Path data;

    @Option(names = "--pg-database", defaultValue = "contactpoint_it", description = "With --db postgres: the database "
            + "the domain uses, created afresh at start (default ${DEFAULT-VALUE}).")
    String pgDatabase;

    @Option(names = "--drop-database", description = "With stop: drop the test PostgreSQL database.")
    boolean dropDatabase;

    @Option(names = "--deploy", description = "With start: deploy this EAR once the domain is up.")
    Path deploy;

    @Option(names = "--demo-children", defaultValue = "0", description = "With start: demo data (and demo logins) of this many children; 0 for none.")
    int demoChildren;

    /** Within the domain directory (in-container tests read {@code com.sun.aas.instanceRoot}). */
    public static final String TEST_CLIENT_KEYSTORE = "config/it-partner-client.p12";

    private Database.Postgres testPostgres() {
        if (!pgDatabase.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new ServerException("--pg-database: must be a lower-case PostgreSQL name, got '" + pgDatabase + "'");
        }
        return new Database.Postgres("127.0.0.1", 5432, pgDatabase, "postgres", "");
    }

    @Override
    public Integer call() throws IOException {
        PayaraDomain domain = new PayaraDomain(payara, domainDir, name, portbase);
        try {
            if (action == Action.start) {
                start(domain);
            } else {
                domain.stop();
                if (dropDatabase && db == Db.postgres) {
                    testPostgres().drop();
                }
                System.out.println("Test domain " + name + " stopped.");
            }
            return 0;
        } catch (ServerException e) {
            System.err.println("ERROR: " + e.getMessage());
            if (action == Action.start) {
                domain.stop();
            }
            return 1;
        }
    }

    private void start(PayaraDomain domain) throws IOException {
        domain.requireInstalled();
        domain.stop();
        deleteRecursively(domain.directory());
        List<Integer> busy = domain.busyPorts();
        if (!busy.isEmpty()) {
            throw new ServerException("Ports " + busy + " are in use: is another test run going on? Stop it, or pass -Dit.portbase=N.");
        }
        Database database;
        if (db == Db.postgres) {
            Database.Postgres postgres = testPostgres();
            postgres.recreate();
            database = postgres;
        } else {
            Path dir = data == null ? domainDir.resolve("h2") : data.resolve("h2");
            deleteRecursively(dir);
            database = new Database.H2(dir);
        }
        domain.create();
        // A partner's client certificate for the mutual-TLS tests, where in-container tests find it.
        Path pem = ClientCertificates.create(domain.directory().resolve(TEST_CLIENT_KEYSTORE), "it-partner");
        ClientCertificates.trust(pem, domain.truststore(), "contactpoint-it-partner");
        ClientCertificates.createExpired(domain.directory().resolve("config/it-expired-client.p12"), "it-expired");
        domain.start();
        domain.requestClientCertificates();
        List<String> properties = new java.util.ArrayList<>(List.of("-D" + SecretCipher.KEY_PROPERTY + "=" + SecretCipher.newKey()));
        if (demoChildren > 0) {
            Path demo = (data == null ? domainDir : data).resolve("demo");
            deleteRecursively(demo);
            int exit = ContactPointTools.commandLine().execute("generate", "--children", Integer.toString(demoChildren),
                    "--seed", "2009", "--out", demo.toString(), "--quiet");
            if (exit != 0) {
                throw new ServerException("generating demo data for the test domain failed");
            }
            properties.add("-Dcontactpoint.demo.dir=" + demo.toAbsolutePath());
        }
        domain.configureJvm("1g", properties);
        domain.configureDatabase(database);
        domain.restart();
        if (deploy != null) {
            domain.deploy(deploy);
        }
        System.out.println("Test domain " + name + " is up: admin port " + domain.adminPort() + ", HTTP port "
                + domain.httpPort() + ", HTTPS port " + domain.httpsPort() + ", database " + database.describe());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
