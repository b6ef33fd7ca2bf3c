package jp.kajimaru.messaging.debezium;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import jp.kajimaru.messaging.relay.OutboxPublisher;
import jp.kajimaru.messaging.relay.OutboxRecord;
import jp.kajimaru.messaging.relay.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The primary relay: Debezium's embedded engine reads inserts into the outbox table from the binlog,
 * so no query polls the table. Offsets and schema history live in the service's schema. The engine is
 * supervised: any failure (broker down, connection lost) restarts it from the last committed offset,
 * and a batch is acknowledged to Debezium only after Kafka has every record (at least once).
 */
public class DebeziumOutboxRelay implements OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(DebeziumOutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** Poll intervals shorter than this make the engine batch (see {@link #properties()}). */
    public static final Duration BATCHING_BELOW = Duration.ofMillis(100);

    private final BinlogSource source;
    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final String name;
    private final Duration pollInterval;
    private final Map<String, String> engineOverrides;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final String storageKey = UUID.randomUUID().toString();
    private ExecutorService executor;
    private DebeziumEngine<ChangeEvent<String, String>> engine;
    private volatile boolean running;

    public DebeziumOutboxRelay(BinlogSource source, DataSource dataSource, OutboxPublisher publisher, String name,
                               Duration pollInterval) {
        this(source, dataSource, publisher, name, pollInterval, Map.of());
    }

    /**
     * With engine properties set over the relay's own (an empty value removes one); for benchmarks that compare
     * engine settings, not for services.
     */
    public DebeziumOutboxRelay(BinlogSource source, DataSource dataSource, OutboxPublisher publisher, String name,
                               Duration pollInterval, Map<String, String> engineOverrides) {
        this.source = source;
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.name = name;
        this.pollInterval = pollInterval;
        this.engineOverrides = Map.copyOf(engineOverrides);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        DataSourceRegistry.register(storageKey, dataSource);
        executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-debezium-relay"));
        launch();
    }

    private synchronized void launch() {
        if (!running) {
            return;
        }
        engine = DebeziumEngine.create(Json.class)
                .using(properties())
                .notifying(this::handleBatch)
                .using((success, message, error) -> onEngineStopped(success, message, error))
                .build();
        executor.execute(engine);
        log.info("Debezium outbox relay started for {}.outbox ({})", source.database(), source.connectorClass());
    }

    private void onEngineStopped(boolean success, String message, Throwable error) {
        if (!running) {
            return;
        }
        // One exception inside the engine stops it for good; keep the relay alive by starting a new one.
        log.warn("Debezium engine stopped ({}); restarting in 1 s", message, error);
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(1000);
                launch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "outbox-debezium-restart");
        restart.setDaemon(true);
        restart.start();
    }

    private void handleBatch(List<ChangeEvent<String, String>> events,
                             DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer)
            throws InterruptedException {
        List<OutboxRecord> records = new ArrayList<>(events.size());
        for (ChangeEvent<String, String> event : events) {
            OutboxRecord r = toOutboxRecord(event.value());
            if (r != null) {
                records.add(r);
            }
        }
        publishUntilDone(records);
        for (ChangeEvent<String, String> event : events) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
    }

    // Back-pressure rather than failure: while Kafka is away the engine waits here and keeps its offset.
    private void publishUntilDone(List<OutboxRecord> records) throws InterruptedException {
        long backoff = 200;
        while (true) {
            try {
                publisher.publish(records);
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (!running) {
                    throw new InterruptedException("relay stopped before the batch was published");
                }
                log.warn("Publishing {} outbox events failed, retrying in {} ms: {}", records.size(), backoff, e.toString());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    /** Inserts (and snapshot reads) of rows not yet published; updates and deletes are bookkeeping. */
    OutboxRecord toOutboxRecord(String changeEventJson) {
        if (changeEventJson == null) {
            return null;
        }
        JsonNode change = json.readTree(changeEventJson);
        String op = change.path("op").asString("");
        JsonNode row = change.path("after");
        if (!(op.equals("c") || op.equals("r")) || row.isMissingNode() || row.isNull()
                || !row.path("published_at").isNull()) {
            return null;
        }
        long micros = row.path("occurred_at").asLong();
        Instant occurredAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L);
        JsonNode trace = row.path("traceparent");
        return new OutboxRecord(row.path("seq").asLong(), row.path("event_id").asString(), row.path("topic").asString(),
                row.path("event_type").asString(), row.path("event_version").asInt(),
                row.path("household_id").asString(), row.path("aggregate_type").asString(),
                row.path("aggregate_id").asString(), occurredAt, trace.isNull() || trace.isMissingNode() ? null : trace.asString(),
                row.path("payload").asString());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("connector.class", source.connectorClass());
        p.setProperty("database.hostname", source.host());
        p.setProperty("database.port", Integer.toString(source.port()));
        p.setProperty("database.user", source.user());
        p.setProperty("database.password", source.password());
        p.setProperty(source.timeZoneProperty(), "UTC");
        // Two binlog clients with one server id evict each other; the position lives in the offsets, not the id.
        p.setProperty("database.server.id", Integer.toString(ThreadLocalRandom.current().nextInt(10_000, Integer.MAX_VALUE)));
        // Also names the engine's JMX beans: one per schema, shared by the replicas of a service (and their offsets).
        p.setProperty("topic.prefix", "kajimaru_" + source.database().replaceAll("[^A-Za-z0-9_]", "_"));
        p.setProperty("database.include.list", source.database());
        p.setProperty("table.include.list", source.database() + ".outbox");
        // The first start snapshots the outbox, so rows written before the relay ever ran are not skipped.
        p.setProperty("snapshot.mode", "initial");
        // The default takes FLUSH TABLES WITH READ LOCK, which blocks the service's own writes.
        p.setProperty("snapshot.locking.mode", "none");
        p.setProperty("include.schema.changes", "false");
        p.setProperty("tombstones.on.delete", "false");
        // Debezium's queue hands a batch over once it is full or the poll interval has passed. With the default poll
        // interval (kajimaru.outbox.debezium-poll-interval, 5 s) batches are of one: a row leaves the moment it is
        // read and the interval only sets how often an idle engine wakes. Below BATCHING_BELOW the engine batches
        // (Debezium's 2048) for more events per second, each waiting out the interval, at the price of that many
        // wake-ups: 10 ms cost ~7 % of a core per idle service (bench/results/relay-latency.md, idle-cpu.md).
        p.setProperty("max.batch.size", pollInterval.compareTo(BATCHING_BELOW) < 0 ? "2048" : "1");
        p.setProperty("poll.interval.ms", Long.toString(pollInterval.toMillis()));
        p.setProperty("converter.schemas.enable", "false");
        p.setProperty("offset.storage", JdbcOffsetStore.class.getName());
        p.setProperty(JdbcOffsetStore.DATASOURCE_KEY, storageKey);
        p.setProperty("offset.flush.interval.ms", "1000");
        p.setProperty("schema.history.internal", JdbcSchemaHistory.class.getName());
        p.setProperty(JdbcSchemaHistory.DATASOURCE_KEY, storageKey);
        p.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
        p.setProperty("schema.history.internal.store.only.captured.databases.ddl", "true");
        p.setProperty("errors.max.retries", "-1");
        engineOverrides.forEach((key, value) -> {
            if (value.isEmpty()) {
                p.remove(key);
            } else {
                p.setProperty(key, value);
            }
        });
        return p;
    }

    @Override
    public void stop() {
        DebeziumEngine<ChangeEvent<String, String>> e;
        ExecutorService ex;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            e = engine;
            ex = executor;
            engine = null;
            executor = null;
        }
        try {
            if (e != null) {
                e.close();
            }
            ex.shutdown();
            if (!ex.awaitTermination(30, TimeUnit.SECONDS)) {
                ex.shutdownNow();
            }
        } catch (Exception failure) {
            log.warn("Stopping the Debezium engine failed: {}", failure.toString());
        } finally {
            DataSourceRegistry.unregister(storageKey);
        }
        log.info("Debezium outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String kind() {
        return "debezium";
    }
}
