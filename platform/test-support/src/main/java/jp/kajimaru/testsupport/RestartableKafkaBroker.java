package jp.kajimaru.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.singlenode.SingleNodeSettings;
import org.apache.kafka.common.Uuid;
import org.awaitility.Awaitility;

/**
 * A KRaft broker in its own process, on fixed ports and a fixed log directory, that a test can stop and
 * start again — what an outage looks like to the relay. A separate process, because Kafka brokers share
 * static state (metrics, JMX) with the test JVM's own broker.
 */
public final class RestartableKafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process server;

    public RestartableKafkaBroker() {
        try {
            dir = Files.createTempDirectory("kajimaru-restartable-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = freePort();
        controllerPort = freePort();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        Properties p = new Properties();
        p.putAll(SingleNodeSettings.kafkaNode(port, controllerPort, dir.resolve("logs").toString(), 1));
        try {
            if (!Files.exists(dir.resolve("logs/meta.properties"))) {
                Path cfg = dir.resolve("server.properties");
                try (OutputStream out = Files.newOutputStream(cfg)) {
                    p.store(out, null);
                }
                kafka.tools.StorageTool$.MODULE$.execute(
                        new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()},
                        new PrintStream(OutputStream.nullOutputStream()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory", e);
        }
        Path cfg = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(cfg)) {
            p.store(out, null);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            server = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "kafka.Kafka",
                    cfg.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("broker.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("Kafka broker exited; see " + dir.resolve("broker.log"));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    public synchronized void stop() {
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
