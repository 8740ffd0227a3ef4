package org.contactpoint.tools.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Client certificates for partner systems' mutual TLS on test and demo domains, made with the JDK's keytool (a real
 * deployment trusts the partners' certificate authority instead). Keystores are PKCS#12 with password
 * {@value #PASSWORD}.
 */
public final class ClientCertificates {

    public static final String PASSWORD = "changeit";

    private ClientCertificates() {
    }

    /** A self-signed client key and certificate in {@code keystore} (alias "partner"); returns the certificate's PEM file. */
    public static Path create(Path keystore, String commonName) {
        return create(keystore, commonName, "+0d", 365);
    }

    /** One that expired yesterday, to test that an expired certificate is refused. */
    public static Path createExpired(Path keystore, String commonName) {
        return create(keystore, commonName, "-3d", 2);
    }

    private static Path create(Path keystore, String commonName, String startDate, int validityDays) {
        Path pem = keystore.resolveSibling(keystore.getFileName().toString().replaceFirst("\\.p12$", "") + ".pem");
        try {
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            Files.deleteIfExists(keystore);
            Files.deleteIfExists(pem);
        } catch (IOException e) {
            throw new ServerException("Cannot write " + keystore + ": " + e.getMessage());
        }
        keytool("-genkeypair", "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + commonName + ", O=ContactPoint test partner", "-startdate", startDate,
                "-validity", Integer.toString(validityDays),
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "partner", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        return pem;
    }

    /** Adds the certificate to a domain's truststore, so its TLS layer accepts it in a handshake. */
    public static void trust(Path pem, Path truststore, String alias) {
        keytool("-delete", "-alias", alias, "-keystore", truststore.toString(), "-storepass", PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", pem.toString(), "-keystore", truststore.toString(),
                "-storepass", PASSWORD);
    }

    public static boolean isTrusted(Path truststore, String alias) {
        try (java.io.InputStream in = Files.newInputStream(truststore)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store.containsAlias(alias);
        } catch (IOException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 && !args[0].equals("-delete")) {
                throw new ServerException("keytool " + args[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new ServerException("Cannot run keytool: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("Interrupted while running keytool");
        }
    }
}
