package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * What users got through the gateway while a part of the stack was down (issue #15): a histogram of the statuses, and
 * every answer that was neither a 2xx nor a 503 problem+json with Retry-After (a 500, a 503 without either header).
 * A request that hangs past the client's timeout throws instead of being recorded.
 */
final class DowntimeAnswers {

    private final Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    private final List<String> wrong = new CopyOnWriteArrayList<>();

    /** Records the answer; true when it is a 2xx. */
    boolean record(HttpResponse<String> r) {
        statuses.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() == 503) {
            if (r.headers().firstValue("Retry-After").isEmpty()
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                wrong.add("503 without Retry-After or problem+json: " + r.headers().map() + " " + r.body());
            }
        } else if (r.statusCode() < 200 || r.statusCode() > 299) {
            wrong.add(r.request().method() + " " + r.request().uri().getPath() + " → " + r.statusCode() + " " + r.body());
        }
        return r.statusCode() >= 200 && r.statusCode() <= 299;
    }

    /** Asks {@code GET path} every 200 ms, recording each answer, until one is a 2xx. */
    void pollUntilOk(String path, String token, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> record(HostileApi.send("127.0.0.1", "GET", path, token, null)));
    }

    Map<Integer, Integer> histogram() {
        return new TreeMap<>(statuses);
    }

    List<String> wrong() {
        return List.copyOf(wrong);
    }
}
