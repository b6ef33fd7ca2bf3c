package jp.kajimaru.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the tests: JSON to a service under test (or the gateway), speaking as one caller — a bearer
 * token and/or cookies, and the client address the gateway would forward. Immutable: {@code as}, {@code withCookies}
 * and {@code from} return a new client.
 */
public final class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** An answer: status, body, and the raw response for headers. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> cookie(String name) {
            return raw.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst();
        }
    }

    private final String baseUrl;
    private final String token;
    private final String cookies;
    private final Map<String, String> headers;

    private TestApi(String baseUrl, String token, String cookies, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.cookies = cookies;
        this.headers = headers;
    }

    /** An anonymous caller of the service listening on this local port. */
    public static TestApi onLocalPort(int port) {
        return at("http://127.0.0.1:" + port);
    }

    public static TestApi at(String baseUrl) {
        return new TestApi(baseUrl, null, null, Map.of());
    }

    public TestApi as(String bearer) {
        return new TestApi(baseUrl, bearer, cookies, headers);
    }

    public TestApi withCookies(String cookieHeader) {
        return new TestApi(baseUrl, token, cookieHeader, headers);
    }

    /** As a client behind the gateway at this address (the gateway sets X-Forwarded-For). */
    public TestApi from(String clientAddress) {
        return header("X-Forwarded-For", clientAddress);
    }

    /** Sends this header too ({@code Accept-Language}, say); a null value leaves it out. */
    public TestApi header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        if (value != null) {
            more.put(name, value);
        }
        return new TestApi(baseUrl, token, cookies, Map.copyOf(more));
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
