package jp.kajimaru.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP client of the tests: JSON in, the raw answer out, a bearer token when given. Services' tests point it
 * at their random port, stack tests at the gateway.
 */
public final class TestApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;

    private TestApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static TestApi at(String baseUrl) {
        return new TestApi(baseUrl);
    }

    public static TestApi onLocalPort(int port) {
        return new TestApi("http://127.0.0.1:" + port);
    }

    public HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return call("POST", path, token, json);
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return call("PUT", path, token, json);
    }

    public HttpResponse<String> patch(String path, String token, String json) {
        return call("PATCH", path, token, json);
    }

    public HttpResponse<String> delete(String path, String token) {
        return call("DELETE", path, token, null);
    }
}
