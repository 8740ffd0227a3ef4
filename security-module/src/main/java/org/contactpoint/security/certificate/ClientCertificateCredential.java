package org.contactpoint.security.certificate;

import org.contactpoint.security.api.PartnerCredential;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The client certificate a partner system presented in the TLS handshake (mutual TLS), already checked by the
 * server's TLS layer against its truststore. Named by its SHA-256 fingerprint, the one way a certificate is pinned
 * to an account.
 */
public final class ClientCertificateCredential implements PartnerCredential {

    private final String sha256;
    private int requestsPerSecond;

    public ClientCertificateCredential(X509Certificate certificate) {
        this.sha256 = fingerprint(certificate);
    }

    /** Lower-case hex SHA-256 of the certificate's DER encoding. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public String sha256() {
        return sha256;
    }

    void accepted(int rate) {
        this.requestsPerSecond = rate;
    }

    @Override
    public int requestsPerSecond() {
        return requestsPerSecond;
    }
}
