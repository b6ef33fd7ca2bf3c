package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultControlTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path logDir;

    @Test
    void offUnlessThePortIsSet() {
        assertThat(FaultControl.portFromEnv(Map.of())).isEmpty();
        assertThat(FaultControl.portFromEnv(Map.of("KAJIMARU_FAULTS_PORT", " "))).isEmpty();
        assertThat(FaultControl.portFromEnv(Map.of("KAJIMARU_FAULTS_PORT", "8099"))).isEqualTo(Optional.of(8099));
    }

    @Test
    void kafkaStopsAndStartsAgainOnTheSameAddressKeepingItsRecords() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir);
             FaultControl control = FaultControl.start(FreePorts.pick(), Map.of("kafka", broker))) {
            String bootstrap = broker.bootstrapServers();
            EmbeddedKafkaBrokerTest.produce(bootstrap, "before");

            assertThat(post(control, "/kafka/stop").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> connect(bootstrap)).isInstanceOf(IOException.class);

            HttpResponse<String> started = post(control, "/kafka/start");
            assertThat(started.statusCode()).isEqualTo(200);
            assertThat(started.body()).startsWith("kafka started (fault injection)");
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            // The record from before the stop is still there, and the restarted broker takes new ones (send acknowledged).
            assertThat(EmbeddedKafkaBrokerTest.consumeAll(bootstrap)).startsWith("before");
            EmbeddedKafkaBrokerTest.produce(bootstrap, "after");
        }
    }

    @Test
    void onlyPostOfAKnownActionDoesAnything() throws Exception {
        int[] calls = new int[2];
        Restartable counted = new Restartable() {
            @Override
            public void stop() {
                calls[0]++;
            }

            @Override
            public void start() {
                throw new IllegalStateException("port taken");
            }
        };
        try (FaultControl control = FaultControl.start(FreePorts.pick(), Map.of("mariadb", counted))) {
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri(control, "/mariadb/stop")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(post(control, "/mariadb/pause").statusCode()).isEqualTo(404);
            assertThat(post(control, "/kafka/stop").statusCode()).isEqualTo(404);
            assertThat(calls[0]).isZero();
            assertThat(post(control, "/mariadb/stop").statusCode()).isEqualTo(200);
            assertThat(calls[0]).isEqualTo(1);
            HttpResponse<String> kill = post(control, "/mariadb/kill");
            assertThat(kill.statusCode()).as("a part that cannot be killed says so").isEqualTo(409);
            assertThat(kill.body()).contains("only a stop");
            HttpResponse<String> failed = post(control, "/mariadb/start");
            assertThat(failed.statusCode()).isEqualTo(409);
            assertThat(failed.body()).contains("port taken");
        }
    }

    private HttpResponse<String> post(FaultControl control, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(control, path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(FaultControl control, String path) {
        return URI.create("http://127.0.0.1:" + control.port() + path);
    }

    private static void connect(String hostAndPort) throws IOException {
        String[] parts = hostAndPort.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 1000);
        }
    }
}
