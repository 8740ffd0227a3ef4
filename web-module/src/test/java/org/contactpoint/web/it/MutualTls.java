package org.contactpoint.web.it;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * A partner system calling over HTTPS with a client certificate (mutual TLS), as tests in the test domain do: the
 * client key is the one the build's {@code domain start} made in the domain's config folder, and the server's own
 * certificate is trusted through the domain's truststore.
 */
final class MutualTls {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final SSLContext context;
    private final String base;

    private MutualTls(SSLContext context, String base) {
        this.context = context;
        this.base = base;
    }

    /** The domain's test client certificate ({@code withCertificate}) or none, against {@code https://localhost:port/…}. */
    static MutualTls to(String base, boolean withCertificate) {
        try {
            KeyStore trust = load(config("cacerts.p12"));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(withCertificate ? load(config("it-partner-client.p12")) : empty(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return new MutualTls(context, base);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the test domain's keystores cannot be read", e);
        }
    }

    /** The test client certificate as PEM text, for registering it on an account. */
    static String certificatePem() {
        try {
            return Files.readString(config("it-partner-client.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path config(String file) {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "config", file);
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static KeyStore load(Path file) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    Http.Answer send(String method, String path, String contentType, String body, String... headers) {
        try {
            HttpsURLConnection c = (HttpsURLConnection) new URL(base + path).openConnection();
            c.setSSLSocketFactory(context.getSocketFactory());
            c.setHostnameVerifier((host, session) -> true); // the test domain's certificate names the machine, not localhost
            c.setRequestMethod(method);
            for (int i = 0; i < headers.length; i += 2) {
                c.setRequestProperty(headers[i], headers[i + 1]);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Http.Answer(status, c.getContentType() == null ? "" : c.getContentType(), text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
