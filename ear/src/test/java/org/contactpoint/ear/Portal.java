package org.contactpoint.ear;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session against the deployed EAR: cookies, JSF view state, the sign-in form. */
final class Portal {

    static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "28080");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode posts the page's nonce back with every form; a browser does so by itself. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sign-in expected to fail: it must redirect back to the sign-in page, which then shows the message. */
    HttpResponse<String> refusedSignIn(String username, String password, String pin, String code) throws IOException, InterruptedException {
        HttpResponse<String> response = signIn(username, password, pin, code);
        if (response.statusCode() != 302) {
            throw new AssertionError("expected a redirect after a refused sign-in, got " + response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        if (!location.contains("/login.xhtml?")) {
            throw new AssertionError("a refused sign-in went to " + location);
        }
        return get(location.substring(location.indexOf("/login.xhtml")));
    }

    /** Presses "Sign out" on a signed-in page. */
    HttpResponse<String> signOut(HttpResponse<String> page) throws IOException, InterruptedException {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("session", "session");
        form.put("session:signOut", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return post("/portal/home.xhtml", form);
    }

    /** Joins a browser's signed-in session (its JSESSIONID), to read raw pages and AJAX responses as that user. */
    void adoptSession(String jsessionId) {
        adoptedSession = jsessionId;
    }

    private String adoptedSession;

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        return adoptedSession == null ? builder : builder.header("Cookie", "JSESSIONID=" + adoptedSession);
    }

    /**
     * Submits a form of {@code page} as its button would: a full post, or with {@code ajaxRender} an AJAX (partial)
     * request rendering those ids. The view state and PrimeFaces' nonce are taken from the page.
     */
    HttpResponse<String> submit(String path, String page, String form, String button, Map<String, String> fields,
                                String ajaxRender) throws IOException, InterruptedException {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        post.putAll(fields);
        post.put("jakarta.faces.ViewState", m.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            post.put("primefaces.nonce", nonce.group(1));
        }
        if (ajaxRender == null) {
            post.put(button, "");
        } else {
            post.put("jakarta.faces.partial.ajax", "true");
            post.put("jakarta.faces.source", button);
            post.put("jakarta.faces.partial.execute", form);
            post.put("jakarta.faces.partial.render", ajaxRender);
            post.put(button, button);
        }
        return post(path, post);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Opens the sign-in page and submits the four factors; returns the response to the submission. */
    HttpResponse<String> signIn(String username, String password, String pin, String code) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("username", username);
        form.put("password", password);
        form.put("pin", pin);
        form.put("token", code);
        form.put("signIn", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return post("/login.xhtml", form);
    }
}
