package org.contactpoint.tools.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Payara Server domain driven through {@code asadmin}: create, start, configure, deploy, stop.
 * Ports follow Payara's portbase convention (admin = base + 48, HTTP = base + 80, HTTPS = base + 81).
 */
public final class PayaraDomain {

    private final Path payaraHome;
    private final Path domainDir;
    private final String name;
    private final int portbase;

    public PayaraDomain(Path payaraHome, Path domainDir, String name, int portbase) {
        this.payaraHome = payaraHome;
        this.domainDir = domainDir;
        this.name = name;
        this.portbase = portbase;
    }

    public int adminPort() {
        return portbase + 48;
    }

    public int httpPort() {
        return portbase + 80;
    }

    public Path directory() {
        return domainDir.resolve(name);
    }

    public boolean exists() {
        return Files.isDirectory(directory());
    }

    /** Fails with a line saying what to do if Payara was not unpacked where expected. */
    public void requireInstalled() {
        if (!Files.isExecutable(asadmin())) {
            throw new ServerException("Payara Server is not at " + payaraHome
                    + ": start with ./run, which unpacks it under target/.");
        }
    }

    /** The ports this domain needs that something else already listens on. */
    public List<Integer> busyPorts() {
        List<Integer> busy = new ArrayList<>();
        for (int port : new int[]{adminPort(), httpPort(), httpsPort()}) {
            if (listening(port)) {
                busy.add(port);
            }
        }
        return busy;
    }

    public boolean isRunning() {
        return listening(adminPort());
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public void create() {
        local("create-domain", "--domaindir", domainDir.toString(), "--portbase", Integer.toString(portbase),
                "--nopassword=true", "--checkports=false", name);
    }

    public void start() {
        local("start-domain", "--domaindir", domainDir.toString(), name);
    }

    /** restart-domain is a local command: without the domain dir and name it would restart domain1 instead. */
    public void restart() {
        local("restart-domain", "--domaindir", domainDir.toString(), name);
    }

    public void stop() {
        if (exists()) {
            run(false, "stop-domain", "--domaindir", domainDir.toString(), name);
        }
    }

    /** Metro otherwise puts the server's stack trace in the detail of a SOAP fault it raises itself. */
    public static final String NO_STACK_TRACES_IN_SOAP_FAULTS = "-Dcom.sun.xml.ws.fault.SOAPFaultBuilder.disableCaptureStackTrace=true";

    /** Heap, Hazelcast off (one instance per domain here), JVM system properties. */
    public void configureJvm(String maxHeap, List<String> systemProperties) {
        remote("set-hazelcast-configuration", "--enabled=false", "--dynamic=true");
        run(false, "--port", Integer.toString(adminPort()), "delete-jvm-options", "-Xmx512m");
        remote("create-jvm-options", "-Xmx" + maxHeap);
        remote("create-jvm-options", escape(NO_STACK_TRACES_IN_SOAP_FAULTS));
        for (String property : systemProperties) {
            remote("create-jvm-options", escape(property));
        }
    }

    /** True when the domain's configuration already sets {@code -D<property>=…}. */
    public boolean hasJvmOption(String property) {
        try {
            return Files.readString(directory().resolve("config/domain.xml")).contains("-D" + property + "=");
        } catch (IOException e) {
            return false;
        }
    }

    public void addJvmOption(String option) {
        remote("create-jvm-options", escape(option));
    }

    /**
     * (Re)creates the application's XA pool behind {@code jdbc/contactpoint} and a small non-transactional pool behind
     * {@code jdbc/contactpoint-schema} for Flyway, then pings the database. Payara's default SQL trace listener does
     * nothing, yet puts every JDBC call through a tracing proxy (a tenth of a feed load's speed): "null" turns it off.
     */
    public void configureDatabase(Database database) {
        for (String resource : new String[]{"jdbc/contactpoint", "jdbc/contactpoint-schema"}) {
            run(false, "--port", Integer.toString(adminPort()), "delete-jdbc-resource", resource);
        }
        for (String pool : new String[]{"CpPool", "CpSchemaPool"}) {
            run(false, "--port", Integer.toString(adminPort()), "delete-jdbc-connection-pool", "--cascade=true", pool);
        }
        remote("create-jdbc-connection-pool", "--datasourceclassname", database.xaDataSourceClass(),
                "--restype", "javax.sql.XADataSource", "--steadypoolsize", "8", "--maxpoolsize", "64",
                "--isconnectvalidatereq=true", "--validationmethod", "auto-commit", "--failconnection=true",
                "--sqltracelisteners", "null", "--property", database.poolProperties(), "CpPool");
        remote("create-jdbc-resource", "--connectionpoolid", "CpPool", "jdbc/contactpoint");
        remote("create-jdbc-connection-pool", "--datasourceclassname", database.plainDataSourceClass(),
                "--restype", "javax.sql.DataSource", "--steadypoolsize", "0", "--maxpoolsize", "2",
                "--nontransactionalconnections=true", "--property", database.poolProperties(), "CpSchemaPool");
        remote("create-jdbc-resource", "--connectionpoolid", "CpSchemaPool", "jdbc/contactpoint-schema");
        AsadminResult ping = run(false, "--port", Integer.toString(adminPort()), "ping-connection-pool", "CpPool");
        if (!ping.ok()) {
            throw new ServerException("Cannot connect to the database " + database.describe() + ": "
                    + ping.firstError() + " Check the JDBC URL, user and password, and that the database is running.");
        }
    }

    public int httpsPort() {
        return portbase + 81;
    }

    /** The domain's truststore: client certificates (or their issuers) in it pass the TLS handshake. */
    public Path truststore() {
        return directory().resolve("config/cacerts.p12");
    }

    /**
     * The HTTPS listener asks for a client certificate (partner systems' mutual TLS) without requiring one: browsers
     * and API-key callers go on without. A certificate the truststore does not vouch for fails the handshake.
     */
    public void requestClientCertificates() {
        remote("set", "configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl.client-auth=want");
    }

    public void deploy(Path ear) {
        remote("deploy", "--force=true", "--name", "contactpoint", ear.toAbsolutePath().toString());
    }

    /** asadmin property syntax: ':' and '=' inside values are escaped with a backslash. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:");
    }

    private Path asadmin() {
        return payaraHome.resolve("bin").resolve("asadmin");
    }

    private void local(String... args) {
        run(true, args);
    }

    private void remote(String... args) {
        List<String> all = new ArrayList<>(List.of("--port", Integer.toString(adminPort())));
        all.addAll(Arrays.asList(args));
        run(true, all.toArray(String[]::new));
    }

    private AsadminResult run(boolean required, String... args) {
        List<String> command = new ArrayList<>(List.of(asadmin().toString(), "--interactive=false"));
        command.addAll(Arrays.asList(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            AsadminResult result = new AsadminResult(process.waitFor(), output);
            if (required && !result.ok()) {
                throw new ServerException("asadmin " + args[args.length > 2 && args[0].equals("--port") ? 2 : 0]
                        + " failed: " + result.firstError());
            }
            return result;
        } catch (IOException e) {
            throw new ServerException("Cannot run " + asadmin() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("Interrupted while running asadmin " + args[0]);
        }
    }

    record AsadminResult(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        String firstError() {
            return output.lines().filter(l -> !l.isBlank() && !l.startsWith("Command ") && !l.contains("Waiting for"))
                    .findFirst().orElse("exit code " + exitCode).trim();
        }
    }
}
