package org.contactpoint.web.partner;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A SOAP request read whole (it is bounded) and checked before any XML parser sees it: SOAP forbids a document
 * type declaration, so a DTD or entity declaration — the carrier of external-entity (XXE) and entity-expansion
 * ("billion laughs") attacks — is refused outright, as is any encoding but UTF-8 (an attack hidden in UTF-16 or
 * UTF-32 would pass a byte search). The parser therefore never expands an entity, whatever its own settings.
 */
final class XmlMessage extends HttpServletRequestWrapper {

    private final byte[] body;

    private XmlMessage(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request to pass on, or the reason it is refused. */
    record Checked(XmlMessage message, String refusal) {
    }

    static Checked check(HttpServletRequest request, long limit) throws IOException {
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            return new Checked(null, "TOO_LARGE");
        }
        return refusal(body).map(r -> new Checked(null, r)).orElseGet(() -> new Checked(new XmlMessage(request, body), null));
    }

    static Optional<String> refusal(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                || body[0] == 0 || body[1] == 0)) {
            return Optional.of("The message must be UTF-8 encoded.");
        }
        String text = new String(body, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return Optional.of("A SOAP message may not contain a document type or entity declaration.");
        }
        String prolog = text.length() > 200 ? text.substring(0, 200) : text;
        if (prolog.startsWith("<?XML") && prolog.contains("ENCODING") && !prolog.matches("(?s)<\\?XML[^>]*ENCODING\\s*=\\s*['\"]UTF-8['\"].*")) {
            return Optional.of("The message must be UTF-8 encoded.");
        }
        return Optional.empty();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the message is already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
