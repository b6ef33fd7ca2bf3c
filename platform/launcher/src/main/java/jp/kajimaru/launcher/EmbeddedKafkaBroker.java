package jp.kajimaru.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import jp.kajimaru.singlenode.SingleNodeSettings;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft Kafka (broker and controller in one) inside the launcher JVM.
 *
 * <p>The log dir is formatted only once, so topics and committed offsets survive a restart; the ports are
 * picked afresh each time, which KRaft accepts: the static voter set is read from the config, not the log
 * (EmbeddedKafkaBrokerTest restarts on new ports). Within one launcher the broker can also be stopped and started
 * again on the same ports ({@link #stop()}, {@link #start()}; {@link FaultControl} uses that), so clients keep their
 * bootstrap address.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable, Restartable {

    private final Properties config;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Properties config, String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    public static EmbeddedKafkaBroker start(Path logDir) {
        int brokerPort = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        Properties config = config(logDir, brokerPort, controllerPort);
        formatOnce(logDir, config);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(config, "127.0.0.1:" + brokerPort);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Starts the broker again on its ports and log dir, after {@link #stop()}; nothing when it runs. */
    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        s.startup();
        server = s;
    }

    /** Stops the broker; its ports are free and clients see it gone until {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private static Properties config(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.putAll(SingleNodeSettings.kafkaNode(brokerPort, controllerPort, logDir.toAbsolutePath().toString(), 3));
        return p;
    }

    /** What {@code kafka-storage.sh format} does; the tool reads its settings only from a file. */
    private static void formatOnce(Path logDir, Properties config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path configFile = Files.createTempFile("kajimaru-kafka", ".properties");
            try {
                try (OutputStream out = Files.newOutputStream(configFile)) {
                    config.store(out, null);
                }
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
                int exitCode = StorageTool$.MODULE$.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
                if (exitCode != 0) {
                    throw new IllegalStateException("Formatting " + logDir + " failed: " + output);
                }
            } finally {
                Files.deleteIfExists(configFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
