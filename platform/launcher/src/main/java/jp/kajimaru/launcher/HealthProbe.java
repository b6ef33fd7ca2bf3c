package jp.kajimaru.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Asks a service's actuator whether it is UP; a service still booting simply is not. */
public final class HealthProbe {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    public boolean isUp(URI healthUri) {
        return isUpAsync(healthUri).join();
    }

    /** As {@link #isUp}, without waiting: many services can be asked at once. */
    public CompletableFuture<Boolean> isUpAsync(URI healthUri) {
        HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(2)).GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find())
                // Not listening yet, or no answer within the timeout: not UP (yet).
                .exceptionally(notListeningYet -> false);
    }
}
