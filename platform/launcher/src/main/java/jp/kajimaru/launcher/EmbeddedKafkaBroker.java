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
 * (EmbeddedKafkaBrokerTest restarts on new ports).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {


    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    public static EmbeddedKafkaBroker start(Path logDir) {
        int brokerPort = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        Properties config = config(logDir, brokerPort, controllerPort);
        formatOnce(logDir, config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(server, "127.0.0.1:" + brokerPort);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
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
