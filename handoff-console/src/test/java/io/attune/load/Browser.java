package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An agent's (or admin's) browser: a cookie session from the console's form login and the CSRF token
 * its pages carry, used for the console's HTTP POSTs and the STOMP CONNECT.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"|(?:value|content)=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final ObjectMapper json = new ObjectMapper();
    /** A server that cannot answer in this long is reported as failing, never waited for without end. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient http;
    private String csrf;

    public Browser(URI base) {
        this(base, new CookieManager(), null);
    }

    private Browser(URI base, CookieManager cookies, String csrf) {
        this.base = base;
        this.cookies = cookies;
        this.csrf = csrf;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies and CSRF token) sending to another instance, as a round-robin proxy would. */
    public Browser on(URI otherInstance) {
        return new Browser(otherInstance, cookies, csrf);
    }

    /** Logs in through the form and reads the CSRF token of the console page the session now has. */
    public Browser logIn(String username, String password, String landingPage)
            throws IOException, InterruptedException {
        String loginToken = csrfOf(get("/login"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", username, "password", password, "_csrf", loginToken))).build());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IOException("login of " + username + " failed: " + login.statusCode() + " " + location);
        }
        csrf = csrfOf(get(landingPage));
        return this;
    }

    public String csrf() {
        return csrf;
    }

    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A GET that must answer 200 with JSON; any other status is an IOException naming it. */
    public JsonNode getJson(String path) throws IOException, InterruptedException {
        return json.readTree(get(path));
    }

    /** A form POST with the CSRF header, as the console's buttons send it; answers the status code. */
    public CompletableFuture<Integer> post(String path, Map<String, String> fields) {
        return http.sendAsync(formPost(path, fields), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    /** The same POST as {@link #post}, answering the whole response, as the admin pages' scripts read it. */
    public HttpResponse<String> postForResponse(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(formPost(path, fields));
    }

    private HttpRequest formPost(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(fields)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) throws IOException {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IOException("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
