package jp.kajimaru.weather.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Open-Meteo played by a real HTTP server on loopback: answers per requested latitude with a recorded-format response
 * from {@code src/test/resources/open-meteo/}, an error, garbage or silence, and counts the calls per latitude.
 */
public final class FakeOpenMeteo implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Supplier<MockResponse>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> lastQuery = new ConcurrentHashMap<>();

    public FakeOpenMeteo() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String latitude = request.getRequestUrl().queryParameter("latitude");
                calls.computeIfAbsent(String.valueOf(latitude), k -> new AtomicInteger()).incrementAndGet();
                lastQuery.put(String.valueOf(latitude), request.getRequestUrl().toString());
                Supplier<MockResponse> answer = answers.get(String.valueOf(latitude));
                return answer != null ? answer.get() : new MockResponse().setResponseCode(404);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The recorded response {@code file} for requests at {@code latitude} (as sent: two decimals). */
    public void serve(String latitude, String file) {
        serveBody(latitude, recorded(file));
    }

    public void serveBody(String latitude, String body) {
        answers.put(latitude, () -> new MockResponse().setResponseCode(200)
                .addHeader("Content-Type", "application/json; charset=utf-8").setBody(body));
    }

    public void serveError(String latitude, int status, String file) {
        answers.put(latitude, () -> new MockResponse().setResponseCode(status)
                .addHeader("Content-Type", "application/json; charset=utf-8").setBody(recorded(file)));
    }

    public void serveStatus(String latitude, int status) {
        answers.put(latitude, () -> new MockResponse().setResponseCode(status));
    }

    /** Accepts the request and never answers. */
    public void serveSilence(String latitude) {
        answers.put(latitude, () -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    public int calls(String latitude) {
        AtomicInteger n = calls.get(latitude);
        return n == null ? 0 : n.get();
    }

    public String lastQuery(String latitude) {
        return lastQuery.get(latitude);
    }

    public static String recorded(String file) {
        try (InputStream in = FakeOpenMeteo.class.getResourceAsStream("/open-meteo/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
